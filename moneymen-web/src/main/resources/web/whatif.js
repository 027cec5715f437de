// Paired what-ifs: the scenario as set up in the form, with and without a change, on the same seeds.
'use strict';
const whatIf = (() => {
  const $ = id => document.getElementById(id);
  let paths = [], shown = null, timer = null;

  /** The form shows a scenario: offer its parameters' paths, and say whether it has purges to take away. */
  function scenarioShown(desc) {
    paths = desc.sections.flatMap(s => s.parameters.map(p => p.path));
    $('whatif-paths').replaceChildren(...[...new Set(paths.map(p => p.replace(/\[\d+\].*$/, '')).concat(paths))]
      .map(p => { const o = document.createElement('option'); o.value = p; return o; }));
    $('whatif-changes').replaceChildren();
    const purges = paths.some(p => p.startsWith('purges['));
    $('whatif-nopurge').disabled = !purges;
    $('whatif-nopurge').title = purges ? '' : 'This scenario has no purges.';
  }

  function addChange(path, value) {
    const row = document.createElement('div');
    row.className = 'row whatif-change';
    row.innerHTML = '<label>Change <input type="text" class="path" list="whatif-paths" placeholder="a parameter, such as purges"></label>'
      + '<label>to <input type="text" class="value" placeholder="its value, such as []"></label>'
      + '<button type="button" class="secondary remove">Remove</button>';
    row.querySelector('.path').value = path || '';
    row.querySelector('.value').value = value || '';
    row.querySelector('.remove').addEventListener('click', () => row.remove());
    $('whatif-changes').append(row);
    return row;
  }

  function changes() {
    const out = {};
    document.querySelectorAll('#whatif-changes .whatif-change').forEach(r => {
      const p = r.querySelector('.path').value.trim();
      if (p) out[p] = r.querySelector('.value').value;
    });
    return out;
  }

  function say(text, kind) { const m = $('whatif-message'); m.textContent = text; m.className = kind || ''; }

  async function start() {
    paramForm.clearProblems();
    const change = changes();
    if (!Object.keys(change).length) { say('Add a change first (or press "Without its purges").', 'busy'); return; }
    const request = Object.assign({}, state.source, {overrides: paramForm.changes(), change,
      replicas: Number($('whatif-replicas').value)});
    $('whatif-button').disabled = true;
    say('Checking the values…');
    const {status, body} = await getJson('/api/whatifs', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(request)});
    if (status !== 202) {
      $('whatif-button').disabled = false;
      if (status === 400 && body.problems) paramForm.showProblems(body);
      say(body.error, 'busy');
      return;
    }
    say('Running what-if ' + body.id + ': ' + body.runs + ' runs, ' + body.replicas + ' pairs on the same seeds.');
    follow(body.id);
  }

  function follow(id) {
    $('whatif-section').hidden = false;
    $('whatif-progress').hidden = false;
    $('whatif-result').hidden = true;
    clearTimeout(timer);
    const poll = async () => {
      const {status, body} = await getJson('/api/whatifs/' + encodeURIComponent(id));
      if (status !== 200) { $('whatif-button').disabled = false; say(body.error, 'busy'); return; }
      if (body.state === 'running') {
        $('whatif-progress-bar').style.width = (100 * body.runs_done / Math.max(1, body.runs)) + '%';
        $('whatif-progress-text').textContent = body.runs_done + ' of ' + body.runs + ' runs done.';
        timer = setTimeout(poll, 400);
        return;
      }
      $('whatif-button').disabled = false;
      if (body.state === 'failed') { say(body.error, 'busy'); $('whatif-progress-text').textContent = body.error; return; }
      say('What-if ' + id + ' finished; its results are below.');
      show(body);
      await pastRuns.refresh();
    };
    poll();
  }

  /** Opens a finished what-if (from the list, or from its address). */
  async function open(id) {
    const {status, body} = await getJson('/api/whatifs/' + encodeURIComponent(id) + query());
    if (status !== 200) { say(body.error, 'busy'); return false; }
    if (body.state === 'running') { follow(id); return true; }
    show(body);
    return true;
  }

  function query() {
    const q = new URLSearchParams();
    ['from', 'to'].forEach(k => { const v = $('whatif-' + k).value; if (v) q.set(k, v); });
    q.set('share', $('whatif-share').value);
    return '?' + q.toString();
  }

  async function recount() {
    if (!shown) return;
    const {status, body} = await getJson('/api/whatifs/' + encodeURIComponent(shown.id) + query());
    if (status !== 200) { $('whatif-recovery').textContent = body.error; return; }
    show(body);
  }

  function show(w) {
    shown = w;
    pastRuns.show(w.id);
    $('whatif-section').hidden = false;
    $('whatif-progress').hidden = true;
    $('whatif-result').hidden = false;
    const c = w.comparison;
    $('whatif-title').textContent = 'what-if ' + w.id + ': ' + w.name + ', ' + c.pairs + ' pairs of runs on the same seeds (from seed '
      + w.seed + '), made by moneymen ' + (w.version || 'unknown') + ' on ' + (w.date || 'an unknown date');
    $('whatif-a').textContent = 'A, the baseline: ' + c.a.label;
    $('whatif-b').textContent = 'B, the change: ' + c.b.label;
    bands.explain(c, $('whatif-differences'), $('whatif-totals'));
    $('whatif-method').textContent = 'Difference: ' + c.method + '.';
    bands.sides('chart-whatif', c.series, 'A: the baseline', 'B: the change');
    bands.difference('chart-whatif-diff', c.series, w.recovery);
    $('whatif-recovery').textContent = recoveryText(w.recovery);
    $('whatif-folder').textContent = 'Kept as the sweep folder ' + w.id + ' in the runs folder: ./moneymen analyze DIR --paired'
      + ' --recovery ' + w.recovery.share + ' reads it.';
    compare.offer(w.id + '#0', w.id + '#1');
  }

  function recoveryText(r) {
    const pct = Math.round(r.share * 100) + '%';
    const from = r.start === 'first difference' ? 'the first month the two differ' + (r.first_difference
      ? ' (' + fmt.month(r.first_difference + '-01') + ')' : '') : fmt.month(r.start + '-01');
    const back = r.recovered ? r.recovered + ' of ' + r.pairs + ' pairs come back within ' + pct + ' of the baseline and stay there, after '
      + fmt.one(r.mean_months) + ' months on average over those pairs' + (r.low == null ? '' : ' (95% interval ' + fmt.one(r.low) + ' to '
      + fmt.one(r.high) + ')') + ', counted from ' + from + '.' : 'No pair comes back within ' + pct + ' of the baseline for good.';
    return 'How long it lasts (Office No. 39\'s monthly money): ' + back + ' ' + r.not_within_run + ' of ' + r.pairs
      + ' pairs are not back within the run.';
  }

  function init() {
    $('whatif-add').addEventListener('click', () => addChange());
    $('whatif-nopurge').addEventListener('click', () => {
      const have = [...document.querySelectorAll('#whatif-changes .path')].find(p => p.value.trim() === 'purges');
      (have ? have.closest('.whatif-change') : addChange('purges', '[]')).querySelector('.value').value = '[]';
    });
    $('whatif-button').addEventListener('click', start);
    $('whatif-recount').addEventListener('click', recount);
    $('whatif-share').addEventListener('change', recount);
  }

  return {init, scenarioShown, open, changes};
})();
