// Where the network view draws each node: cities as groups on a ring, each with its companies packed around it,
// the organs inside the ring, and an official's seat by his company. Positions are fixed, so months compare.
'use strict';
const networkLayout = (() => {
  const GOLDEN = Math.PI * (3 - Math.sqrt(5));

  /**
   * Positions for a network: {cities: [{name, companies, x, y}], pos: {'c'+id | 'o'+id | 'city'+i: {x, y}}, spacing}.
   * {@code roomy} leaves room around each company for its officials (when all of them are shown at once).
   */
  function of(net, roomy) {
    const spacing = roomy ? 30 : 10, pos = {};
    const byCity = new Map();
    net.companies.forEach(c => {
      if (!byCity.has(c.city)) byCity.set(c.city, []);
      byCity.get(c.city).push(c);
    });
    const cities = [...byCity.entries()].map(([name, companies]) => ({name, companies,
      radius: spacing * Math.sqrt(companies.length + 1) + spacing}));
    const gap = spacing * 2;
    const arc = cities.reduce((a, c) => a + 2 * c.radius + gap, 0);
    const R = Math.max(arc / (2 * Math.PI), 4 * spacing + (cities[0] ? cities[0].radius : 0));
    let along = 0;
    cities.forEach((city, i) => {
      const a = 2 * Math.PI * (along + city.radius + gap / 2) / arc;
      along += 2 * city.radius + gap;
      city.x = R * Math.cos(a);
      city.y = R * Math.sin(a);
      city.angle = a;
      pos['city' + i] = {x: city.x, y: city.y};
      // A sunflower: the k-th company at radius ~ sqrt(k), every one about {@code spacing} from its neighbours.
      city.companies.forEach((c, k) => {
        const r = spacing * Math.sqrt(k + 1.5), t = k * GOLDEN + a;
        pos['c' + c.id] = {x: city.x + r * Math.cos(t), y: city.y + r * Math.sin(t)};
      });
    });
    const patrons = net.organs.filter(o => o.kind !== 'office_39');
    const inner = Math.max(R * 0.45, spacing * 3);
    patrons.forEach((o, i) => {
      const a = 2 * Math.PI * (i + 0.5) / Math.max(1, patrons.length);
      pos['o' + o.id] = {x: inner * Math.cos(a), y: inner * Math.sin(a)};
    });
    net.organs.filter(o => o.kind === 'office_39').forEach(o => { pos['o' + o.id] = {x: 0, y: 0}; });
    return {cities, pos, spacing, extent: R + (cities.length ? Math.max(...cities.map(c => c.radius)) : 0)};
  }

  /** Each official's seat at each of his companies, in the order officials came to it. */
  function seats(net) {
    const taken = {};
    net.officials.forEach(o => {
      o.seats = o.changes.map(ch => {
        const key = ch[2];
        taken[key] = taken[key] || {};
        if (taken[key][o.id] == null) taken[key][o.id] = Object.keys(taken[key]).length;
        return taken[key][o.id];
      });
    });
  }

  /** Where the n-th seat of a company is: a small sunflower of its own around the company. */
  function seat(layout, company, n) {
    const c = layout.pos['c' + company];
    if (!c) return {x: 0, y: 0};
    const r = 9 * Math.sqrt(n + 1), t = n * GOLDEN;
    return {x: c.x + r * Math.cos(t), y: c.y + r * Math.sin(t)};
  }

  return {of, seats, seat};
})();
