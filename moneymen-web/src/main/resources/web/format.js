// Formatting shared by the page: calendar dates, money with units, and the words for each status.
'use strict';
const fmt = (() => {
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
  const two = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});
  const one = new Intl.NumberFormat('en-US', {minimumFractionDigits: 1, maximumFractionDigits: 1});
  const parts = iso => iso.split('-').map(Number);
  return {
    /** "2013-12-01" -> "Dec 2013" */
    month: iso => { const [y, m] = parts(iso); return MONTHS[m - 1] + ' ' + y; },
    /** "2013-12-01" -> "December 2013" */
    monthLong: iso => { const [y, m] = parts(iso); return FULL[m - 1] + ' ' + y; },
    /** "2013-12-08" -> "8 December 2013" */
    date: iso => { const [y, m, d] = parts(iso); return d + ' ' + FULL[m - 1] + ' ' + y; },
    number: v => v == null ? '–' : whole.format(v),
    ratio: v => v == null ? '–' : two.format(v),
    /** Below 100, as the command line's tables write it: 22.7 */
    one: v => v == null ? '–' : one.format(v),
    /** 129718648 -> "129.7 million" */
    big: v => {
      if (v == null) return '–';
      const a = Math.abs(v);
      if (a >= 1e9) return two.format(v / 1e9) + ' billion';
      if (a >= 1e6) return (Math.round(v / 1e5) / 10) + ' million';
      return whole.format(v);
    },
    /** Axis labels: 6000000 -> "6M" */
    axis: v => {
      const a = Math.abs(v);
      if (a >= 1e9) return (v / 1e9) + 'B';
      if (a >= 1e6) return (v / 1e6) + 'M';
      if (a >= 1e3) return (v / 1e3) + 'k';
      return String(v);
    },
    /** Text made safe to put in an ECharts tooltip, which renders HTML: names come from the scenario. */
    html: s => echarts.format.encodeHTML(s == null ? '' : String(s)),
    /** " (name; external id X)" for a named company or official, else nothing. */
    named: x => {
      const parts = [x.name, x.external_id ? 'external id ' + x.external_id : null].filter(v => v);
      return parts.length ? ' (' + parts.join('; ') + ')' : '';
    },
    bytes: n => n >= 1e6 ? (n / 1e6).toFixed(1) + ' MB' : n >= 1e3 ? (n / 1e3).toFixed(0) + ' kB' : n + ' bytes',
  };
})();

/** Where an official stands, in plain words, with one colour each (the network and the status chart share them). */
const STATUS = {
  posted: {label: 'Working abroad', color: '#2e7d32'},
  recalled: {label: 'Recalled home in order', color: '#9e9e9e'},
  summoned: {label: 'Summoned home in a purge, deciding', color: '#f9a825'},
  hiding: {label: 'Hiding abroad', color: '#8e24aa'},
  defected: {label: 'Defected', color: '#1565c0'},
  fled: {label: 'Fled with company money', color: '#ef6c00'},
  arrested: {label: 'Arrested by a squad', color: '#c62828'},
  returned: {label: 'Went home when summoned', color: '#5d4037'},
};
