// Which labels of the network view are shown: the most important first (cities, opened companies, then the
// companies with most officials), each only where it overlaps no label already placed, in the browser's pixels.
'use strict';
const networkLabels = (() => {
  const measure = document.createElement('canvas').getContext('2d');
  const width = (text, size) => { measure.font = size + 'px sans-serif'; return measure.measureText(text).width; };

  /** The label's rectangle in pixels, from the node's pixel position, its size and where its label goes. */
  function rect(n, px, py) {
    const size = n.label.fontSize || 12, w = width(n.name, size) + 2, h = size + 3, gap = n.symbolSize / 2 + 5;
    switch (n.label.position) {
      case 'top': return {x: px - w / 2, y: py - gap - h, w, h};
      case 'bottom': return {x: px - w / 2, y: py + gap, w, h};
      default: return {x: px + gap, y: py - h / 2, w, h};
    }
  }

  const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  /**
   * Shows or hides each labelled node's label so that no two shown overlap, and sizes the companies to the pixels
   * between them; returns the shown labels' rectangles.
   */
  function place(view, nodes, spacing) {
    const toPixel = n => [view.x + view.scale * n.x, view.y + view.scale * n.y];
    const companySize = Math.max(4, Math.min(10, view.scale * spacing * 0.9));
    nodes.forEach(n => { if (n.kind === 'company' && !n.open) n.symbolSize = companySize; });
    const placed = [];
    nodes.filter(n => n.label).sort((a, b) => b.priority - a.priority).forEach(n => {
      const [px, py] = toPixel(n);
      const r = rect(n, px, py);
      const free = !placed.some(p => overlaps(p, r));
      n.label = Object.assign({}, n.label, {show: free});
      if (free) placed.push(Object.assign(r, {name: n.name}));
    });
    return placed;
  }

  /** How the chart maps the layout to pixels now (a graph without rotation: one scale and a shift). */
  function view(chart) {
    const [x0, y0] = chart.convertToPixel({seriesIndex: 0}, [0, 0]);
    const [x1] = chart.convertToPixel({seriesIndex: 0}, [100, 0]);
    return {x: x0, y: y0, scale: (x1 - x0) / 100};
  }

  const same = (a, b) => a && b && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5
    && Math.abs(a.scale - b.scale) < 1e-4 * Math.abs(b.scale);

  return {place, view, same, overlaps};
})();
