// The runs, what-ifs and sweeps of the runs folder: listed, opened, and named in the page's address.
'use strict';
const pastRuns = (() => {
  const $ = id => document.getElementById(id);
  let list = [];

  const KIND = {run: 'run', whatif: 'paired what-if', sweep: 'sweep'};

  function seedOrReplicas(r) {
    if (r.kind === 'run') return r.seed == null ? '' : 'seed ' + r.seed;
    return (r.replicas == null ? '' : r.replicas + ' replicas') + (r.points > 2 ? ', ' + r.points + ' points' : '');
  }

  function state(r) {
    if (r.state === 'incomplete') return 'incomplete: ' + r.runs_written + ' of ' + r.runs + ' runs; finish it with '
      + r.resume;
    if (r.state === 'running' && r.runs) return 'running: ' + r.runs_done + ' of ' + r.runs + ' runs';
    return r.state;
  }

  async function refresh() {
    const {status, body} = await getJson('/api/runs');
    if (status !== 200) return list;
    list = body;
    const rows = list.map(r => {
      const tr = document.createElement('tr');
      [r.id, KIND[r.kind] || r.kind, r.name, seedOrReplicas(r), r.version, r.date, state(r)].forEach(v => {
        tr.insertCell().textContent = v == null ? '' : v;
      });
      const cell = tr.insertCell();
      if (r.state === 'done' && r.kind !== 'sweep') {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'secondary';
        b.textContent = 'Open';
        b.setAttribute('aria-label', 'Open ' + r.id);
        b.addEventListener('click', () => open(r.id));
        cell.append(b);
      } else if (r.kind === 'sweep' && r.state === 'done') {
        cell.textContent = 'compare its points below';
      }
      return tr;
    });
    $('past-runs-body').replaceChildren(...rows);
    $('past-runs-empty').hidden = list.length > 0;
    compare.fill(list);
    return list;
  }

  /** Opens a run or a what-if by its id; false when there is none. */
  async function open(id) {
    const known = list.find(r => r.id === id);
    if (known && (known.kind === 'whatif' || known.kind === 'sweep')) return whatIf.open(id);
    if (known) { await loadRun(id); return true; }
    return false;
  }

  /** Names what is shown in the address: a reload, or the link, opens it again. */
  function show(id) {
    window.history.replaceState(null, '', '?run=' + encodeURIComponent(id));
  }

  /** The id the address names: ?run=ID (or the older #run=ID). */
  function named() {
    const q = new URLSearchParams(location.search).get('run');
    if (q) return q;
    const h = /^#run=([^&]+)$/.exec(location.hash);
    return h ? decodeURIComponent(h[1]) : null;
  }

  return {refresh, open, show, named};
})();
