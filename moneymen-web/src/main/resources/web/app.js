// The dashboard page: choose, change and run a scenario, watch it, then look at the results and compare runs.
'use strict';
const state = {source: null, columns: [], run: null, net: null};
const $ = id => document.getElementById(id);

async function getJson(url, options) {
  const res = await fetch(url, options);
  const body = await res.json().catch(() => ({error: 'The server answered ' + res.status + ' without details.'}));
  return {status: res.status, body};
}

function message(text, kind) {
  const m = $('run-message');
  m.textContent = text;
  m.className = kind || '';
}

function about(s) {
  return (s.description ? s.description + ' ' : '') + 'Runs ' + s.months + ' months from ' + fmt.date(s.start)
    + (s.end ? ' to ' + fmt.date(s.end) : '') + '.';
}

/** Shows a scenario the server has read: its description, its form, the what-if's choices. */
function scenarioShown(source, about, body) {
  state.source = source;
  $('upload-problems').hidden = true;
  $('scenario-about').textContent = about;
  paramForm.show(body);
  whatIf.scenarioShown(body);
  formSearch.filter();
}

/**
 * A file or scenario that cannot be read is not loaded: the page keeps the scenario it showed (its description,
 * form and the user's changes, and Run runs it), and says what failed, where.
 */
function notLoaded(what, body) {
  const box = $('upload-problems');
  const title = document.createElement('b');
  title.textContent = what + ' was not loaded: ' + (body.error || 'the server refused it') + ' The page still shows '
    + (state.source ? 'the scenario it showed before, and Run runs that one.' : 'no scenario.');
  const list = document.createElement('ul');
  (body.problems || []).forEach(p => {
    const li = document.createElement('li');
    li.textContent = (p.where ? p.where + ': ' : '') + (p.path ? p.path + ': ' : '') + p.message;
    list.append(li);
  });
  box.replaceChildren(title, list);
  box.hidden = false;
  $('scenario-file').value = '';
  if (state.source && state.source.scenario) $('scenario-select').value = state.source.scenario;
}

async function loadShipped(name) {
  const {status, body} = await getJson('/api/scenarios/' + encodeURIComponent(name) + '/form');
  if (status !== 200) { notLoaded('The shipped scenario ' + name, body); return; }
  scenarioShown({scenario: name}, about(body), body);
}

async function loadUploaded(file) {
  const yaml = await file.text();
  const {status, body} = await getJson('/api/form', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({yaml, fileName: file.name})});
  if (status !== 200) { notLoaded(file.name, body); return; }
  scenarioShown({yaml, fileName: file.name}, 'Uploaded ' + file.name + ': ' + about(body), body);
}

async function startRun() {
  paramForm.clearProblems();
  const request = Object.assign({}, state.source, {overrides: paramForm.changes()});
  $('run-button').disabled = true;
  message('Checking the values…');
  const {status, body} = await getJson('/api/runs', {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(request)});
  if (status === 201) {
    message('Running ' + body.scenario.name + ' as run ' + body.id + '.');
    watch(body.id, body.scenario);
    return;
  }
  $('run-button').disabled = false;
  if (status === 400 && body.problems) { paramForm.showProblems(body); message(body.error, 'busy'); return; }
  message(body.error, 'busy');
}

function watch(id, scenario) {
  $('watch').hidden = false;
  $('run-failed').hidden = true;
  $('progress-bar').style.width = '0';
  const live = {id, columns: state.columns, rows: [], scenario};
  const es = new EventSource('/api/runs/' + encodeURIComponent(id) + '/live');
  es.addEventListener('month', e => {
    const row = JSON.parse(e.data);
    live.rows.push(row);
    $('progress-bar').style.width = (100 * row.month / row.of) + '%';
    const inflow = row.values[state.columns.findIndex(c => c.key === 'office39_inflow_usd')];
    $('progress-text').textContent = 'Month ' + row.month + ' of ' + row.of + ': ' + fmt.monthLong(row.date)
      + '. Office No. 39 received ' + fmt.big(inflow) + ' USD this month.';
    liveChart(live);
  });
  es.addEventListener('done', () => {
    es.close();
    $('run-button').disabled = false;
    message('Run ' + id + ' finished; its results are below.');
    $('progress-text').textContent += ' Finished.';
    loadRun(id);
  });
  es.addEventListener('failed', e => {
    es.close();
    $('run-button').disabled = false;
    const why = JSON.parse(e.data).error;
    $('run-failed').textContent = 'The run failed. ' + why;
    $('run-failed').hidden = false;
    message('The run failed; see why above. The dashboard is still working: change something and try again.', 'busy');
  });
}

function liveChart(live) {
  const c = charts.chart('chart-live');
  c.setOption({
    animation: false, grid: {left: 70, right: 30, top: 30, bottom: 30},
    title: {text: 'Money received by Office No. 39 so far, USD per month', textStyle: {fontSize: 13}},
    xAxis: {type: 'category', data: live.rows.map(r => fmt.month(r.date))},
    yAxis: {type: 'value', axisLabel: {formatter: fmt.axis}},
    series: [{type: 'line', symbol: 'none', data: charts.column(live, 'office39_inflow_usd')}],
  }, true);
}

function figure(value, label) {
  const d = document.createElement('div');
  d.className = 'figure';
  d.innerHTML = '<div class="v"></div><div class="k"></div>';
  d.querySelector('.v').textContent = value;
  d.querySelector('.k').textContent = label;
  return d;
}

async function loadRun(id) {
  const [{status: runStatus, body: run}, {status: netStatus, body: net}] = await Promise.all(
    [getJson('/api/runs/' + encodeURIComponent(id)), getJson('/api/runs/' + encodeURIComponent(id) + '/network')]);
  if (runStatus !== 200 || netStatus !== 200) { message((runStatus !== 200 ? run : net).error, 'busy'); return; }
  state.run = run; state.net = net;
  // The address names the run shown, so a reload (or a link) shows it again.
  pastRuns.show(id);
  window.moneymen.run = run; window.moneymen.network = net;
  $('results').hidden = false;
  const s = run.summary;
  $('results-title').textContent = 'run ' + id + ': ' + run.scenario.name + ', seed ' + run.scenario.seed + ', '
    + fmt.date(run.scenario.start) + ' to ' + fmt.date(run.scenario.end);
  const recalls = Object.values(s.recalls || {}).reduce((a, b) => a + b, 0);
  $('totals').replaceChildren(
    figure(fmt.big(s.office39_inflow_usd) + ' USD', 'sent to Office No. 39 in all (' + fmt.big(s.office39_inflow_rmb)
      + ' RMB, ' + fmt.big(s.office39_inflow_krw) + ' KRW)'),
    figure(fmt.number(s.officials_ever_posted), 'officials who held a post'),
    figure(fmt.number(recalls), 'officials recalled (all causes)'),
    figure(fmt.number(s.totals.officials_summoned), 'summoned in purges'),
    figure(fmt.number(s.defections) + ' / ' + fmt.number(s.arrests), 'defected / arrested'),
    figure(fmt.number(s.totals.deals_signed), 'deals signed'),
    figure(fmt.number(s.approval_lead_time_days_median) + ' days', 'median wait for approval of a deal'));
  charts.showAll(run, net, $('currency').value);
  network.show(run, net, openStory);
  officials();
  files(run);
  keyPlayers.show(id);
  madeBy(run.moneymen);
  await pastRuns.refresh();
  compare.offer(null, id);
  $('results').scrollIntoView({block: 'start'});
}

/** Rows of the officials' list at most. */
const MAX_LISTED = 500;

function officials() {
  const net = state.net, filter = $('official-filter').value, last = net.dates.length - 1;
  const companies = new Map(net.companies.map(c => [c.id, c]));
  const table = document.createElement('table');
  table.innerHTML = '<thead><tr><th>Official</th><th>At the end</th><th>Company, city</th><th></th></tr></thead>';
  const tbody = document.createElement('tbody');
  const shown = net.officials.filter(o => filter === 'all' || o.summoned);
  // A large run lists its first officials only: thousands of rows would stall the page.
  shown.slice(0, MAX_LISTED).forEach(o => {
    const ch = network.statusAt(o, last), st = net.statuses[ch[1]], c = companies.get(ch[2]);
    const tr = document.createElement('tr');
    tr.innerHTML = '<td></td><td><span class="status-dot"></span><span></span></td><td></td><td><button type="button">Read story</button></td>';
    tr.cells[0].textContent = o.id + fmt.named(o);
    tr.querySelector('.status-dot').style.background = STATUS[st].color;
    tr.cells[1].lastChild.textContent = STATUS[st].label;
    tr.cells[2].textContent = c ? c.id + fmt.named(c) + ', ' + c.city : '';
    tr.querySelector('button').addEventListener('click', () => openStory(o.id));
    tr.querySelector('button').setAttribute('aria-label', 'Read the story of official ' + o.id);
    tbody.append(tr);
  });
  table.append(tbody);
  const note = document.createElement('p');
  note.className = 'hint';
  note.textContent = shown.length > MAX_LISTED ? 'The first ' + MAX_LISTED + ' of ' + fmt.number(shown.length)
    + ' officials; the network shows any company\'s officials when you click it.' : fmt.number(shown.length) + ' officials.';
  $('officials').replaceChildren(note, table);
}

async function openStory(official) {
  const {status, body} = await getJson('/api/runs/' + state.run.id + '/officials/' + official + '/story');
  const box = $('story');
  const known = state.net.officials.find(o => o.id === official);
  $('story-title').textContent = 'The story of official ' + official + (known ? fmt.named(known) : '');
  if (status !== 200) { box.textContent = body.error; return; }
  const parts = [];
  const p = (cls, text) => { const e = document.createElement('p'); e.className = cls; e.textContent = text; return e; };
  parts.push(p('header', body.header));
  body.lines.forEach(l => {
    const e = document.createElement('div');
    const when = document.createElement('span');
    when.className = 'when';
    when.textContent = l.date ? fmt.date(l.date) : 'In ' + l.year;
    e.append(when, document.createTextNode(' ' + l.text));
    parts.push(e);
  });
  parts.push(p('header', 'Summary'));
  body.summary.forEach(s => parts.push(p('', s)));
  box.replaceChildren(...parts);
  box.scrollIntoView({block: 'nearest'});
}

const FILES = {
  'timeseries.csv': 'one row per month: money, officials, recalls, deals (spreadsheet)',
  'events.jsonl': 'every event, one JSON object per line, with its date',
  'network.jsonl': 'every organ, city, company, official, account and deal of the run, one JSON object per line, with its id',
  'summary.json': 'the run\'s totals, and the build and command that made it',
  'scenario.resolved.yaml': 'exactly what ran: run it again with ./moneymen run',
  'keyplayers.json': 'the key-player analysis made from this page (its settings, the first officials, Spearman\'s rho)',
};

function madeBy(stamp) {
  const line = $('made-by');
  // textContent, never markup: the command is whatever was typed.
  line.hidden = !stamp;
  line.textContent = stamp ? 'made by moneymen ' + stamp.version + ' (' + stamp.commit + '), command: ' + stamp.command : '';
}

function files(run) {
  $('files').replaceChildren(...run.files.map(f => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '/api/runs/' + run.id + '/files/' + f.name;
    a.download = f.name;
    a.textContent = f.name;
    li.append(a, document.createTextNode(' (' + fmt.bytes(f.bytes) + ') — ' + (FILES[f.name] || '')));
    return li;
  }));
}

async function init() {
  window.moneymen = {charts: charts.instances};
  state.columns = (await getJson('/api/columns')).body;
  const {body: list} = await getJson('/api/scenarios');
  const sel = $('scenario-select');
  sel.replaceChildren(...list.map(s => {
    const o = document.createElement('option');
    o.value = s.name;
    o.textContent = s.name + (s.months ? ' (' + s.months + ' months from ' + fmt.monthLong(s.start) + ')' : ' — cannot be read');
    return o;
  }));
  if (list.some(s => s.name === 'baseline')) sel.value = 'baseline';
  sel.addEventListener('change', () => { $('scenario-file').value = ''; loadShipped(sel.value); });
  $('scenario-file').addEventListener('change', e => { if (e.target.files[0]) loadUploaded(e.target.files[0]); });
  $('run-button').addEventListener('click', startRun);
  $('reset-button').addEventListener('click', () => paramForm.reset());
  formSearch.init();
  $('official-filter').addEventListener('change', officials);
  $('currency').addEventListener('change', e => charts.inflow(state.run, e.target.value));
  compare.init();
  whatIf.init();
  await pastRuns.refresh();
  if (list.length) await loadShipped(sel.value);
  const named = pastRuns.named();
  if (named) {
    let opened = false;
    try { opened = await pastRuns.open(named); } catch (e) { opened = false; }
    if (!opened) message('The address names no run or what-if this page can show: ' + named + '.', 'busy');
  }
  document.body.dataset.ready = 'true';
}

init();
