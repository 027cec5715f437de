// Charts of comparisons: monthly means with their 95% bands, and the difference with its interval.
'use strict';
const bands = (() => {
  // Okabe-Ito blue and vermillion for the two sides, bluish green for the difference: told apart without colour vision.
  const COLOURS = {a: '#0072B2', b: '#D55E00', difference: '#009E73'};

  /** A mean line with its interval as a shaded band (a stacked pair: the low end, then high - low). */
  function band(name, s, colour, stack, axis) {
    const width = s.high.map((h, i) => h == null || s.low[i] == null ? null : h - s.low[i]);
    return [
      {name: name + ' 95% band', type: 'line', data: s.low, stack, symbol: 'none', lineStyle: {opacity: 0},
        yAxisIndex: axis || 0, tooltip: {show: false}, legendHoverLink: false, silent: true},
      {name: name + ' 95% band', type: 'line', data: width, stack, symbol: 'none', lineStyle: {opacity: 0},
        areaStyle: {color: colour, opacity: 0.18}, yAxisIndex: axis || 0, tooltip: {show: false}, silent: true},
      {name, type: 'line', data: s.mean, symbol: 'none', lineStyle: {color: colour, width: 2}, itemStyle: {color: colour},
        yAxisIndex: axis || 0},
    ];
  }

  const money = v => v == null ? '–' : fmt.number(v) + ' USD';

  /** Both sides' monthly money with bands (names are the user's: escaped in the tooltip). */
  function sides(id, series, nameA, nameB) {
    const c = charts.chart(id);
    c.setOption({
      animation: false, grid: {left: 80, right: 30, top: 40, bottom: 40},
      legend: {data: [nameA, nameB], top: 0, formatter: n => n.length > 60 ? n.slice(0, 57) + '...' : n},
      tooltip: {trigger: 'axis', formatter: ps => fmt.html(ps[0].axisValue) + ps.filter(p => !p.seriesName.endsWith('band'))
        .map(p => '<br>' + fmt.html(p.seriesName) + ': ' + money(p.value)).join('')},
      xAxis: {type: 'category', data: series.dates.map(fmt.month)},
      yAxis: {type: 'value', name: 'USD per month', axisLabel: {formatter: fmt.axis}},
      series: [...band(nameA, series.a, COLOURS.a, 'a'), ...band(nameB, series.b, COLOURS.b, 'b')],
    }, true);
    return c;
  }

  /** The difference (B - A) per month with its interval, a zero line, and the recovery month if there is one. */
  function difference(id, series, recovery) {
    const c = charts.chart(id);
    const marks = [{yAxis: 0, name: 'no difference', lineStyle: {color: '#555', type: 'solid'}, label: {show: false}}];
    if (recovery && recovery.mean_months != null) {
      // Months are counted from the window's start, or else from the first month the two differ.
      const from = recovery.start === 'first difference' ? recovery.first_difference : recovery.start;
      const start = series.dates.findIndex(d => from && d.startsWith(from));
      const at = start + Math.round(recovery.mean_months);
      if (start >= 0 && at < series.dates.length) {
        const words = recovery.recovered + ' of ' + recovery.pairs + ' pairs back within ' + Math.round(recovery.share * 100)
          + '% (mean month)';
        marks.push({xAxis: fmt.month(series.dates[at]), name: words,
          lineStyle: {color: COLOURS.difference, type: 'dashed', width: 2}, label: {formatter: words, position: 'end'}});
      }
    }
    c.setOption({
      animation: false, grid: {left: 80, right: 30, top: 40, bottom: 40},
      legend: {data: ['difference (B - A)'], top: 0},
      tooltip: {trigger: 'axis', formatter: ps => {
        const i = ps[0].dataIndex, d = series.difference;
        return fmt.html(ps[0].axisValue) + '<br>difference: ' + money(d.mean[i])
          + (d.low[i] == null ? '' : '<br>95% interval: ' + money(d.low[i]) + ' to ' + money(d.high[i]));
      }},
      xAxis: {type: 'category', data: series.dates.map(fmt.month)},
      yAxis: {type: 'value', name: 'USD per month', axisLabel: {formatter: fmt.axis}},
      series: band('difference (B - A)', series.difference, COLOURS.difference, 'd').map((s, i) =>
        i === 2 ? Object.assign(s, {markLine: {symbol: 'none', data: marks}}) : s),
    }, true);
    return c;
  }

  /** A table from rows of cells (text only: every cell is set as text). */
  function table(el, head, rows) {
    el.replaceChildren();
    const h = el.createTHead().insertRow();
    head.forEach(t => { const th = document.createElement('th'); th.textContent = t; h.append(th); });
    const body = el.createTBody();
    rows.forEach(r => { const tr = body.insertRow(); r.forEach(v => { tr.insertCell().textContent = v == null ? '' : v; }); });
  }

  // One format with the command line's tables: whole numbers from 100 up, one decimal below.
  const amount = (v, unit) => v == null ? '–' : (Math.abs(v) >= 100 ? fmt.number(v) : fmt.one(v))
    + (unit === 'USD' ? ' USD' : '');

  const side = (n, s) => n + ': ' + s.ref + (s.replicas > 1 ? ' (mean of ' + s.replicas + ' runs)' : '');

  /** The parameters that differ, then the key totals with both values and the difference with its interval. */
  function explain(c, diffEl, totalsEl) {
    table(diffEl, ['Parameter', 'Path', 'A: ' + c.a.ref, 'B: ' + c.b.ref],
      c.differences.length ? c.differences.map(d => [d.label, d.path, d.a == null ? '(not set)' : d.a,
        d.b == null ? '(not set)' : d.b]) : [['No parameter differs (only the seeds, if any)', '', '', '']]);
    const w = c.window;
    table(totalsEl, ['Total, ' + (w.months ? fmt.month(w.from) + ' to ' + fmt.month(w.to) + ' (' + w.months + ' months)' : 'no months in common'),
      side('A', c.a), side('B', c.b), 'Difference B - A', '95% interval'],
      c.totals.map(t => [t.description.replace(/ in the month$/, '') + ' (' + (t.unit === 'USD' ? 'USD' : 'count') + ')', amount(t.a, t.unit), amount(t.b, t.unit),
        amount(t.difference, t.unit), t.low == null ? 'none' : amount(t.low, t.unit) + ' to ' + amount(t.high, t.unit)]));
  }

  return {sides, difference, explain, table};
})();
