// Charts of a run's time series (ECharts, from the echarts WebJar), with purge dates marked.
'use strict';
const charts = (() => {
  const instances = {};
  const LABELS = {
    recalls_quota: 'Met the quota (success is suspect)',
    recalls_underperformance: 'Fell far short of the quota',
    recalls_term_end: 'Posting ended',
    recalls_rumour: 'After rumours and an investigation',
    recalls_purge: 'Removed in a purge',
    relocations: 'Moved to another city',
    deals_signed: 'Signed (MOUs)',
    deals_rejected: 'Refused on the approval chain',
    deals_collapsed: 'Collapsed',
    deals_active: 'Earning at the month\'s end (right axis)',
  };

  function chart(id) {
    if (!instances[id]) instances[id] = echarts.init(document.getElementById(id));
    return instances[id];
  }

  function column(run, key) {
    const i = run.columns.findIndex(c => c.key === key);
    return run.rows.map(r => i < 0 ? null : r.values[i]);
  }

  /** A dashed red line at each purge's month, labelled in full on the big chart and "Purge" on the small ones. */
  function purgeMarks(run, short) {
    return {
      symbol: 'none', silent: false,
      lineStyle: {color: '#c62828', type: 'dashed', width: 2},
      label: {formatter: p => short ? 'Purge' : p.name, color: '#c62828', fontWeight: 'bold', position: 'end'},
      // The tip says what the scenario says of the purge; both texts are the user's, so both are escaped.
      tooltip: {formatter: p => fmt.html(p.name) + (p.data && p.data.description ? '<br>' + fmt.html(p.data.description) : '')},
      data: run.scenario.purges.map(p => ({
        name: 'Purge: ' + p.who + ', ' + fmt.date(p.date), xAxis: fmt.month(p.date), purgeDate: p.date,
        description: p.description})),
    };
  }

  function base(run, yName, extra) {
    return Object.assign({
      animation: false,
      grid: {left: 70, right: 60, top: 45, bottom: 95},
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0, itemGap: 8, textStyle: {fontSize: 11.5}},
      xAxis: {type: 'category', data: run.rows.map(r => fmt.month(r.date)), name: '', axisLabel: {hideOverlap: true}},
      yAxis: {type: 'value', name: yName, nameTextStyle: {align: 'left'}, axisLabel: {formatter: fmt.axis}},
    }, extra || {});
  }

  function inflow(run, currency) {
    const cur = (currency || 'usd').toUpperCase();
    chart('chart-inflow').setOption(base(run, cur + ' per month', {
      legend: {show: false},
      grid: {left: 70, right: 40, top: 45, bottom: 30},
      tooltip: {trigger: 'axis', valueFormatter: v => fmt.number(v) + ' ' + cur},
      series: [{name: 'Money received by Office No. 39 (' + cur + ')', type: 'line', symbol: 'circle', symbolSize: 4,
        areaStyle: {opacity: 0.15}, data: column(run, 'office39_inflow_' + cur.toLowerCase()), markLine: purgeMarks(run)}],
    }), true);
  }

  /** Officials by status at each month's end, counted from the network's changes. */
  function statusCounts(run, net) {
    const n = net.dates.length;
    const counts = {};
    net.statuses.forEach(s => { counts[s] = new Array(n).fill(0); });
    net.officials.forEach(o => {
      o.changes.forEach((c, i) => {
        const until = i + 1 < o.changes.length ? o.changes[i + 1][0] : n;
        for (let m = c[0]; m < until; m++) counts[net.statuses[c[1]]][m]++;
      });
    });
    return counts;
  }

  function status(run, net) {
    const counts = statusCounts(run, net);
    chart('chart-status').setOption(base(run, 'officials', {
      color: net.statuses.map(s => STATUS[s].color),
      series: net.statuses.map((s, i) => ({name: STATUS[s].label, type: 'line', symbol: 'none', data: counts[s],
        markLine: i === 0 ? purgeMarks(run, true) : undefined})),
    }), true);
  }

  function recalls(run) {
    const keys = ['recalls_quota', 'recalls_underperformance', 'recalls_term_end', 'recalls_rumour', 'recalls_purge', 'relocations'];
    chart('chart-recalls').setOption(base(run, 'officials per month', {
      series: keys.map((k, i) => ({name: LABELS[k], type: 'bar', stack: 'recalls', data: column(run, k),
        markLine: i === 0 ? purgeMarks(run, true) : undefined})),
    }), true);
  }

  function deals(run) {
    const opt = base(run, 'deals per month', {
      series: ['deals_signed', 'deals_rejected', 'deals_collapsed'].map((k, i) => ({name: LABELS[k], type: 'line',
        symbol: 'none', data: column(run, k), markLine: i === 0 ? purgeMarks(run, true) : undefined}))
        .concat([{name: LABELS.deals_active, type: 'line', symbol: 'none', yAxisIndex: 1,
          lineStyle: {type: 'dotted'}, data: column(run, 'deals_active')}]),
    });
    opt.yAxis = [opt.yAxis, {type: 'value', name: 'deals earning', splitLine: {show: false}}];
    chart('chart-deals').setOption(opt, true);
  }

  function funnel(net) {
    const stages = net.funnel.slice().reverse();
    chart('chart-funnel').setOption({
      animation: false,
      grid: {left: 240, right: 60, top: 20, bottom: 30},
      // A stage is named after an organ of the scenario: escaped, since ECharts renders tooltips as HTML.
      tooltip: {trigger: 'item', formatter: p => fmt.html(p.name) + ': ' + fmt.number(p.value) + ' deals'},
      xAxis: {type: 'value', name: 'deals'},
      yAxis: {type: 'category', data: stages.map(s => s.label)},
      series: [{type: 'bar', data: stages.map(s => s.count), itemStyle: {color: '#3f6fd1'},
        label: {show: true, position: 'right', formatter: p => fmt.number(p.value)}}],
    }, true);
  }

  function showAll(run, net, currency) {
    inflow(run, currency);
    status(run, net);
    recalls(run);
    deals(run);
    funnel(net);
  }

  /** Two runs' monthly inflow (USD) on one chart, by calendar month. */
  function compare(a, b) {
    const dates = Array.from(new Set(a.rows.concat(b.rows).map(r => r.date))).sort();
    const series = [a, b].map((run, i) => {
      const byDate = new Map(run.rows.map((r, j) => [r.date, column(run, 'office39_inflow_usd')[j]]));
      return {name: (i === 0 ? 'Run A: ' : 'Run B: ') + run.id, type: 'line', symbol: 'none',
        data: dates.map(d => byDate.has(d) ? byDate.get(d) : null), markLine: purgeMarks(run, true)};
    });
    chart('chart-compare').setOption({
      animation: false, grid: {left: 70, right: 30, top: 40, bottom: 60},
      tooltip: {trigger: 'axis', valueFormatter: v => fmt.number(v) + ' USD'},
      legend: {bottom: 0},
      title: {text: 'Money received by Office No. 39, USD per month', textStyle: {fontSize: 14}},
      xAxis: {type: 'category', data: dates.map(fmt.month)},
      yAxis: {type: 'value', name: 'USD per month', axisLabel: {formatter: fmt.axis}},
      series,
    }, true);
  }

  window.addEventListener('resize', () => Object.values(instances).forEach(c => c.resize()));
  return {instances, inflow, showAll, compare, column, chart};
})();
