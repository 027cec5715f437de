// The network view: organs, companies and officials, coloured by status, month by month (an ECharts graph).
'use strict';
const network = (() => {
  let net = null, run = null, onOfficial = null, timer = null;
  const pos = {};

  function statusAt(o, m) {
    let c = null;
    for (const ch of o.changes) { if (ch[0] <= m) c = ch; else break; }
    return c;
  }

  function organAt(company, m) {
    let organ = company.organ;
    net.transfers.forEach(t => { if (t.company === company.id && t.month <= m) organ = t.organ; });
    return organ;
  }

  /** Fixed positions: Office No. 39 in the middle, patron organs around it, their companies on an outer ring. */
  function layout() {
    const patrons = net.organs.filter(o => o.kind !== 'office_39');
    const byOrgan = patrons.map(o => net.companies.filter(c => c.organ === o.id));
    const total = net.companies.length, R = 300, gap = 2;
    let k = 0;
    byOrgan.forEach((list, i) => {
      const first = k;
      list.forEach(c => {
        const a = 2 * Math.PI * (k + i * gap) / (total + gap * patrons.length);
        pos['c' + c.id] = {x: R * Math.cos(a), y: R * Math.sin(a), a};
        k++;
      });
      const mid = 2 * Math.PI * ((first + k - 1) / 2 + i * gap) / (total + gap * patrons.length);
      pos['o' + patrons[i].id] = {x: 140 * Math.cos(mid), y: 140 * Math.sin(mid)};
    });
    net.organs.filter(o => o.kind === 'office_39').forEach(o => { pos['o' + o.id] = {x: 0, y: 0}; });
    // Each official gets a seat by his company, in the order officials came to it.
    const seats = {};
    net.officials.forEach(o => {
      o.seats = o.changes.map(ch => {
        const key = ch[2];
        seats[key] = seats[key] || {};
        if (seats[key][o.id] == null) seats[key][o.id] = Object.keys(seats[key]).length;
        return seats[key][o.id];
      });
    });
  }

  function seatPos(company, seat) {
    const c = pos['c' + company];
    if (!c) return {x: 0, y: 0};
    const row = Math.floor(seat / 3), col = seat % 3 - 1, r = 16 + row * 9;
    return {x: c.x + Math.cos(c.a) * r - Math.sin(c.a) * col * 7, y: c.y + Math.sin(c.a) * r + Math.cos(c.a) * col * 7};
  }

  function categories() {
    return net.statuses.map(s => ({name: STATUS[s].label, itemStyle: {color: STATUS[s].color}}))
      .concat([{name: 'Organ', itemStyle: {color: '#1f2a44'}}, {name: 'Trade company', itemStyle: {color: '#90a4ae'}}]);
  }

  function render(m) {
    const nodes = [], links = [];
    const organCat = net.statuses.length, companyCat = organCat + 1;
    net.organs.forEach(o => nodes.push({id: 'o' + o.id, name: o.name, category: organCat, symbol: 'rect',
      symbolSize: o.kind === 'office_39' ? 30 : 22, x: pos['o' + o.id].x, y: pos['o' + o.id].y,
      label: {show: true, position: 'bottom', fontSize: 11, fontWeight: 'bold'}, tip: fmt.html(o.name)}));
    const office39 = net.organs.find(o => o.kind === 'office_39');
    net.organs.filter(o => o.kind !== 'office_39' && office39)
      .forEach(o => links.push({source: 'o' + o.id, target: 'o' + office39.id, lineStyle: {width: 2, color: '#1f2a44'}}));
    net.companies.forEach(c => {
      const organ = organAt(c, m);
      const name = (net.organs.find(o => o.id === organ) || {name: organ}).name;
      // Tooltips are HTML: every name from the run is escaped.
      nodes.push({id: 'c' + c.id, name: 'Company ' + c.id, category: companyCat, symbol: 'diamond', symbolSize: 10,
        x: pos['c' + c.id].x, y: pos['c' + c.id].y,
        tip: 'Trade company ' + c.id + fmt.html(fmt.named(c)) + ' in ' + fmt.html(c.city)
          + '<br>patron organ: ' + fmt.html(name)
          + (c.patron_person ? '<br>tied to ' + fmt.html(c.patron_person) : '')});
      links.push({source: 'c' + c.id, target: 'o' + organ, lineStyle: {color: organ !== c.organ ? '#c62828' : '#b0bec5'}});
    });
    net.officials.forEach(o => {
      const ch = statusAt(o, m);
      if (!ch) return;
      const i = o.changes.indexOf(ch), p = seatPos(ch[2], o.seats[i]), s = net.statuses[ch[1]];
      nodes.push({id: 'p' + o.id, name: 'Official ' + o.id, category: ch[1], symbolSize: 7, x: p.x, y: p.y,
        official: o.id, tip: 'Official ' + o.id + fmt.html(fmt.named(o)) + ': ' + STATUS[s].label + '<br>company '
          + ch[2] + '<br>click to read his story'});
    });
    const chart = charts.chart('chart-network');
    chart.setOption({
      animation: false,
      // A node's tip is built above from escaped parts; anything else (a link) shows its escaped name.
      tooltip: {formatter: p => (p.data && p.data.tip) || fmt.html(p.name)},
      legend: {data: categories().map(c => c.name), top: 0, itemGap: 8, textStyle: {fontSize: 11.5}},
      series: [{type: 'graph', layout: 'none', roam: true, categories: categories(), data: nodes, links,
        label: {show: false}, emphasis: {focus: 'adjacency'}, lineStyle: {opacity: 0.6, width: 0.6}, top: 60}],
    }, true);
    document.getElementById('network-month').value = m;
    document.getElementById('network-date').textContent = 'End of ' + fmt.monthLong(net.dates[m])
      + ' (month ' + (m + 1) + ' of ' + net.dates.length + ')';
  }

  function show(runData, netData, clickOfficial) {
    run = runData; net = netData; onOfficial = clickOfficial;
    layout();
    const slider = document.getElementById('network-month');
    slider.max = net.dates.length - 1;
    const chart = charts.chart('chart-network');
    chart.off('click');
    chart.on('click', p => { if (p.data && p.data.official) onOfficial(p.data.official); });
    const purge = run.scenario.purges[0];
    const start = purge ? net.dates.findIndex(d => d.slice(0, 7) === purge.date.slice(0, 7)) : -1;
    render(start >= 0 ? start : net.dates.length - 1);
  }

  function play() {
    const button = document.getElementById('play-button');
    if (timer) { clearInterval(timer); timer = null; button.textContent = 'Play'; return; }
    let m = Number(document.getElementById('network-month').value);
    if (m >= net.dates.length - 1) m = -1;
    button.textContent = 'Pause';
    timer = setInterval(() => {
      m++;
      if (m >= net.dates.length) { play(); return; }
      render(m);
    }, 350);
  }

  document.getElementById('network-month').addEventListener('input', e => render(Number(e.target.value)));
  document.getElementById('play-button').addEventListener('click', play);
  return {show, render, statusAt};
})();
