// The key-player panel of a finished run: whose removal costs Office No. 39 most, simulated in the background.
'use strict';
const keyPlayers = (() => {
  let runId = null, source = null;
  const $ = id => document.getElementById(id);
  const usd = v => v == null ? '–' : fmt.number(v);
  const interval = l => l ? usd(l.mean) + ' [' + usd(l.low) + ', ' + usd(l.high) + ']' : '–';
  const dec = (v, n) => v == null ? '–' : v.toFixed(n);

  function say(text, kind) {
    $('kp-message').textContent = text;
    $('kp-message').className = kind || '';
  }

  function progress(v) {
    $('kp-progress').hidden = false;
    $('kp-progress-bar').style.width = (v.of ? 100 * v.done / v.of : 0) + '%';
    say('Running: ' + v.stage + ', ' + fmt.number(v.done) + ' of ' + fmt.number(v.of) + ' simulations.');
  }

  /** The ranked table; every name from the run is set as text. */
  function table(r) {
    const t = document.createElement('table');
    t.className = 'keyplayers';
    t.innerHTML = '<thead><tr><th>Rank</th><th>Official</th><th>Company</th><th>City</th>'
      + '<th>Loss, USD, on ' + r.settings.confirm_replicas + ' fresh seeds [95% interval]</th>'
      + '<th>Loss on the ' + r.settings.replicas + ' ranking seeds</th>'
      + '<th>Degree</th><th>Betweenness</th><th>Eigenvector</th></tr></thead>';
    const body = document.createElement('tbody');
    r.officials.forEach(p => {
      const tr = body.insertRow();
      const who = (p.name || 'official ' + p.official) + (p.external_id ? ' (external id ' + p.external_id + ')' : '')
        + ', post ' + p.post;
      [p.rank, who, p.company_name || 'company ' + p.company, p.city, interval(p.confirmed), interval(p.loss),
        dec(p.centrality.degree, 1), dec(p.centrality.betweenness, 4), dec(p.centrality.eigenvector, 3)]
        .forEach(v => { tr.insertCell().textContent = v; });
    });
    t.append(body);
    return t;
  }

  function showResult(r) {
    $('kp-progress').hidden = true;
    const s = r.settings, rho = r.spearman;
    const head = document.createElement('p');
    head.textContent = 'Removals at the end of ' + fmt.date(s.at) + '; inflow counted from ' + fmt.date(s.window_start)
      + ' to ' + fmt.date(s.window_end) + '. Without removals Office No. 39 receives USD '
      + usd(r.baseline_inflow_usd) + ' then (mean of ' + s.replicas + ' seeds). The first '
      + r.officials.length + ' of ' + r.posts + ' officials, ' + fmt.number(r.runs) + ' simulations:';
    const corr = document.createElement('p');
    corr.id = 'kp-spearman';
    corr.textContent = 'How well each centrality ranks the losses (Spearman\'s rho over the ' + r.posts
      + ' officials): degree ' + dec(rho.degree, 2) + ', betweenness ' + dec(rho.betweenness, 2) + ', eigenvector '
      + dec(rho.eigenvector, 2) + '. None replaces simulating.';
    $('kp-result').replaceChildren(head, table(r), corr);
    $('kp-button').textContent = 'Run the analysis again';
    $('kp-button').disabled = false;
    say('');
  }

  function fail(why) {
    $('kp-progress').hidden = true;
    $('kp-button').disabled = false;
    say(why, 'busy');
  }

  function follow(id) {
    if (source) source.close();
    source = new EventSource('/api/runs/' + encodeURIComponent(id) + '/keyplayers/live');
    source.addEventListener('progress', e => { if (id === runId) progress(JSON.parse(e.data)); });
    source.addEventListener('done', e => {
      source.close(); source = null;
      if (id === runId) showResult(JSON.parse(e.data).result);
    });
    source.addEventListener('failed', e => {
      source.close(); source = null;
      if (id === runId) fail(JSON.parse(e.data).error);
    });
  }

  async function start() {
    $('kp-button').disabled = true;
    say('Checking the run…');
    const {status, body} = await getJson('/api/runs/' + encodeURIComponent(runId) + '/keyplayers',
      {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'});
    if (status !== 202) { fail(body.error); return; }
    progress(body);
    follow(runId);
  }

  /** Shows the analysis of a run: kept from before, going, or the button to start one. */
  async function show(id) {
    runId = id;
    if (source) { source.close(); source = null; }
    $('kp-result').replaceChildren();
    $('kp-progress').hidden = true;
    $('kp-button').textContent = 'Find the key players of this run';
    $('kp-button').disabled = false;
    say('');
    const {status, body} = await getJson('/api/runs/' + encodeURIComponent(id) + '/keyplayers');
    if (status !== 200) { say(body.error, 'busy'); return; }
    if (body.state === 'done') showResult(body.result);
    else if (body.state === 'running') { $('kp-button').disabled = true; progress(body); follow(id); }
    else if (body.state === 'failed') fail(body.error);
  }

  $('kp-button').addEventListener('click', start);
  return {show};
})();
