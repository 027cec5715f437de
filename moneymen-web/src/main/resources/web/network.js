// The network view: cities as groups with their trade companies, the organs in the middle, and officials, coloured
// by status, month by month (an ECharts graph). A large network shows a company's officials only when the company
// (or its city) is clicked, so the page draws hundreds of nodes, not tens of thousands.
'use strict';
const network = (() => {
  /** Above this many officials in a run, officials are drawn only for the companies opened. */
  const ALL_OFFICIALS_UP_TO = 600;
  let net = null, run = null, onOfficial = null, timer = null, layout = null, month = 0;
  let expanded = new Set(), drawn = [], roamTimer = null, pixels = null, transfers = new Map();
  const stats = {renders: []};

  function statusAt(o, m) {
    let c = null;
    for (const ch of o.changes) { if (ch[0] <= m) c = ch; else break; }
    return c;
  }

  function organAt(company, m) {
    let organ = company.organ;
    (transfers.get(company.id) || []).forEach(t => { if (t.month <= m) organ = t.organ; });
    return organ;
  }

  function categories() {
    return net.statuses.map(s => ({name: STATUS[s].label, itemStyle: {color: STATUS[s].color}}))
      .concat([{name: 'Organ', itemStyle: {color: '#1f2a44'}}, {name: 'Trade company', itemStyle: {color: '#90a4ae'}},
        {name: 'City', itemStyle: {color: '#e3e8f0', borderColor: '#607d8b', borderWidth: 1}}]);
  }

  const companyLabel = c => c.name || 'Company ' + c.id;
  const officialLabel = o => o.name || 'Official ' + o.id;

  function render(m) {
    const t0 = performance.now();
    month = m;
    const nodes = [], links = [];
    const organCat = net.statuses.length, companyCat = organCat + 1, cityCat = organCat + 2;
    const organs = new Map(net.organs.map(o => [o.id, o.name]));
    const organName = id => organs.get(id) || id;
    // Who is where at the end of the month, company by company: counts for all, people for the opened ones.
    const at = new Map();
    net.officials.forEach(o => {
      const ch = statusAt(o, m);
      if (!ch) return;
      if (!at.has(ch[2])) at.set(ch[2], {counts: new Array(net.statuses.length).fill(0), people: []});
      const here = at.get(ch[2]);
      here.counts[ch[1]]++;
      if (expanded.has(ch[2])) here.people.push([o, ch]);
    });
    net.organs.forEach(o => nodes.push({id: 'o' + o.id, name: o.name, kind: 'organ', category: organCat,
      symbol: 'rect', symbolSize: o.kind === 'office_39' ? 30 : 20, x: layout.pos['o' + o.id].x, priority: o.kind === 'office_39' ? 2e9 : 1e9,
      y: layout.pos['o' + o.id].y, label: {show: true, position: 'bottom', fontSize: 11, fontWeight: 'bold'},
      tip: fmt.html(o.name)}));
    const office39 = net.organs.find(o => o.kind === 'office_39');
    net.organs.filter(o => o.kind !== 'office_39' && office39)
      .forEach(o => links.push({source: 'o' + o.id, target: 'o' + office39.id, lineStyle: {width: 2, color: '#1f2a44'}}));
    const fewCompanies = net.companies.length <= 100;
    layout.cities.forEach((city, i) => {
      nodes.push({id: 'city' + i, name: city.name, kind: 'city', city: i, category: cityCat, symbol: 'circle',
        symbolSize: 16, x: city.x, y: city.y, priority: 1e8 + city.companies.length,
        label: {show: true, position: 'top', fontSize: 12, fontWeight: 'bold', color: '#263238'},
        tip: fmt.html(city.name) + ': ' + city.companies.length + ' trade compan' + (city.companies.length === 1 ? 'y' : 'ies')
          + '<br>click to show or hide the officials of all of them'});
    });
    const cityIndex = new Map(layout.cities.map((c, i) => [c.name, i]));
    net.companies.forEach(c => {
      const organ = organAt(c, m), here = at.get(c.id), open = expanded.has(c.id);
      const counts = here ? here.counts : [];
      const who = counts.map((n, s) => n ? n + ' ' + STATUS[net.statuses[s]].label.toLowerCase() : null)
        .filter(v => v).join(', ');
      // Tooltips are HTML: every name from the run is escaped.
      nodes.push({id: 'c' + c.id, name: companyLabel(c), kind: 'company', company: c.id, category: companyCat,
        symbol: 'diamond', symbolSize: open ? 14 : 9, x: layout.pos['c' + c.id].x, y: layout.pos['c' + c.id].y, open,
        priority: (open ? 1e7 : 0) + counts.reduce((a, b) => a + b, 0),
        label: {show: true, position: 'right', fontSize: 10, color: '#455a64'},
        tip: 'Trade company ' + c.id + fmt.html(fmt.named(c)) + ' in ' + fmt.html(c.city)
          + '<br>patron organ: ' + fmt.html(organName(organ))
          + (c.patron_person ? '<br>tied to ' + fmt.html(c.patron_person) : '')
          + '<br>officials at the month\'s end: ' + (who ? fmt.html(who) : 'none')
          + '<br>click to ' + (open ? 'hide' : 'show') + ' its officials'});
      links.push({source: 'c' + c.id, target: 'city' + cityIndex.get(c.city), lineStyle: {color: '#cfd8dc'}});
      if (fewCompanies || open || organ !== c.organ) {
        links.push({source: 'c' + c.id, target: 'o' + organ, lineStyle: {color: organ !== c.organ ? '#c62828' : '#b0bec5'}});
      }
      if (!here) return;
      here.people.forEach(([o, ch]) => {
        const p = networkLayout.seat(layout, c.id, o.seats[o.changes.indexOf(ch)]), s = net.statuses[ch[1]];
        nodes.push({id: 'p' + o.id, name: officialLabel(o), kind: 'official', official: o.id, category: ch[1],
          symbolSize: 7, x: p.x, y: p.y,
          tip: 'Official ' + o.id + fmt.html(fmt.named(o)) + ': ' + STATUS[s].label + '<br>company ' + c.id
            + fmt.html(fmt.named(c)) + '<br>click to read his story'});
      });
    });
    const chart = charts.chart('chart-network');
    if (pixels) stats.labels = networkLabels.place(pixels, nodes, layout.spacing);
    chart.setOption({
      animation: false,
      // A node's tip is built above from escaped parts; anything else (a link) shows its escaped name.
      tooltip: {formatter: p => (p.data && p.data.tip) || fmt.html(p.name)},
      legend: {data: categories().map(c => c.name), top: 0, itemGap: 8, textStyle: {fontSize: 11.5}},
      series: [{type: 'graph', layout: 'none', roam: true, categories: categories(), data: nodes, links,
        label: {show: false}, emphasis: {focus: 'adjacency'}, lineStyle: {opacity: 0.6, width: 0.6}, top: 60}],
    }, true);
    drawn = nodes;
    // Labels are placed where the last drawing put the nodes; only if this one moved them are they placed again.
    const now = networkLabels.view(chart);
    if (!networkLabels.same(now, pixels)) labels();
    document.getElementById('network-month').value = m;
    document.getElementById('network-date').textContent = 'End of ' + fmt.monthLong(net.dates[m])
      + ' (month ' + (m + 1) + ' of ' + net.dates.length + ')';
    const opened = expanded.size;
    document.getElementById('network-open').textContent = opened === net.companies.length
      ? 'Every company\'s officials are shown.'
      : opened + ' of ' + net.companies.length + ' companies opened: click a company (or a city) to show its'
        + ' officials, again to hide them.';
    stats.renders.push({ms: Math.round(performance.now() - t0), nodes: nodes.length, links: links.length});
    window.moneymen.networkView = {expanded: [...expanded], renders: stats.renders, labels: stats.labels};
  }

  /** Shows the labels that fit where the nodes are drawn now (again after a zoom or a move). */
  function labels() {
    const chart = charts.chart('chart-network');
    pixels = networkLabels.view(chart);
    stats.labels = networkLabels.place(pixels, drawn, layout.spacing);
    chart.setOption({series: [{data: drawn}]});
    if (window.moneymen.networkView) window.moneymen.networkView.labels = stats.labels;
  }

  function toggle(companies) {
    const open = companies.some(id => !expanded.has(id));
    companies.forEach(id => { if (open) expanded.add(id); else expanded.delete(id); });
    render(month);
  }

  function show(runData, netData, clickOfficial) {
    run = runData; net = netData; onOfficial = clickOfficial;
    const all = net.officials.length <= ALL_OFFICIALS_UP_TO;
    layout = networkLayout.of(net, all);
    networkLayout.seats(net);
    expanded = new Set(all ? net.companies.map(c => c.id) : []);
    pixels = null;
    transfers = new Map();
    net.transfers.forEach(t => { if (!transfers.has(t.company)) transfers.set(t.company, []); transfers.get(t.company).push(t); });
    stats.renders = [];
    const slider = document.getElementById('network-month');
    slider.max = net.dates.length - 1;
    const chart = charts.chart('chart-network');
    chart.off('click');
    chart.off('graphroam');
    chart.on('graphroam', () => { clearTimeout(roamTimer); roamTimer = setTimeout(labels, 150); });
    chart.on('click', p => {
      const d = p.data || {};
      if (d.kind === 'official') onOfficial(d.official);
      else if (d.kind === 'company') toggle([d.company]);
      else if (d.kind === 'city') toggle(layout.cities[d.city].companies.map(c => c.id));
    });
    const purge = run.scenario.purges[0];
    const start = purge ? net.dates.findIndex(d => d.slice(0, 7) === purge.date.slice(0, 7)) : -1;
    render(start >= 0 ? start : net.dates.length - 1);
  }

  function collapse() {
    expanded.clear();
    render(month);
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
  document.getElementById('collapse-button').addEventListener('click', collapse);
  return {show, render, statusAt};
})();
