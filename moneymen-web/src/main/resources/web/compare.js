// Compare any two runs or points of a what-if or sweep: what differs, the key totals, the monthly money.
'use strict';
const compare = (() => {
  const $ = id => document.getElementById(id);

  /** The things that can be compared: every finished run, and each point of every finished what-if and sweep. */
  function fill(list) {
    const options = [];
    list.filter(r => r.state === 'done').forEach(r => {
      if (r.kind === 'run') options.push([r.id, r.id + ' (run, ' + r.name + ', seed ' + r.seed + ')']);
      else for (let p = 0; p < Math.min(r.points || 2, 50); p++) {
        const role = r.kind === 'whatif' ? (p === 0 ? 'the baseline' : 'the change') : 'point ' + p;
        options.push([r.id + '#' + p, r.id + ', ' + role + ' (' + r.replicas + ' replicas)']);
      }
    });
    ['compare-a', 'compare-b'].forEach(id => {
      const sel = $(id), keep = sel.value;
      sel.replaceChildren(...options.map(([v, t]) => { const o = document.createElement('option'); o.value = v; o.textContent = t; return o; }));
      if (options.some(([v]) => v === keep)) sel.value = keep;
    });
  }

  /** Chooses the two to compare (the page offers a what-if's two points, or the newest runs). */
  function offer(a, b) {
    if ([...$('compare-a').options].some(o => o.value === a)) $('compare-a').value = a;
    if ([...$('compare-b').options].some(o => o.value === b)) $('compare-b').value = b;
  }

  async function run() {
    const a = $('compare-a').value, b = $('compare-b').value;
    const {status, body} = await getJson('/api/compare?a=' + encodeURIComponent(a) + '&b=' + encodeURIComponent(b));
    if (status !== 200) { $('compare-message').textContent = body.error; $('compare-result').hidden = true; return; }
    $('compare-message').textContent = 'A: ' + body.a.label + '. B: ' + body.b.label + '. ' + body.differences.length
      + (body.differences.length === 1 ? ' parameter differs' : ' parameters differ') + '; difference: ' + body.method + '.';
    bands.explain(body, $('compare-differences'), $('compare-table'));
    $('compare-result').hidden = false;
    const c = bands.sides('chart-compare', body.series, 'A: ' + body.a.ref, 'B: ' + body.b.ref);
    // The difference on the same chart, on its own axis.
    const d = body.series.difference;
    c.setOption({
      grid: {right: 80},
      legend: {data: ['A: ' + body.a.ref, 'B: ' + body.b.ref, 'difference (B - A), right axis']},
      yAxis: [{type: 'value', name: 'USD per month', axisLabel: {formatter: fmt.axis}},
        {type: 'value', name: 'difference, USD', axisLabel: {formatter: fmt.axis}, splitLine: {show: false}}],
      series: c.getOption().series.concat([{name: 'difference (B - A), right axis', type: 'line', yAxisIndex: 1,
        data: d.mean, symbol: 'none', lineStyle: {color: '#009E73', type: 'dashed', width: 2}, itemStyle: {color: '#009E73'}}]),
    });
  }

  function init() { $('compare-button').addEventListener('click', run); }

  return {init, fill, offer, run};
})();
