// Finding a parameter: the form filtered by label, path, unit, allowed values or source note as one types.
'use strict';
const formSearch = (() => {
  const $ = id => document.getElementById(id);

  /** Shows only the parameters whose words hold the text; opens the sections and groups that have one. */
  function filter() {
    const q = $('param-search').value.trim().toLowerCase();
    const rows = [...document.querySelectorAll('#param-form .param')];
    let shown = 0;
    rows.forEach(r => {
      const hit = !q || r.textContent.toLowerCase().includes(q);
      r.hidden = !hit;
      if (hit) shown++;
    });
    document.querySelectorAll('#param-form details').forEach(d => {
      const any = [...d.querySelectorAll('.param')].some(r => !r.hidden);
      d.hidden = q !== '' && !any;
      d.open = q ? any : d.dataset.section === 'run' || d.dataset.group === 'run';
    });
    $('param-search-count').textContent = !q ? rows.length + ' parameters, grouped by the process they belong to.'
      : shown === 0 ? 'No parameter matches \u201c' + q + '\u201d.'
      : shown + (shown === 1 ? ' parameter matches' : ' parameters match') + ' \u201c' + q + '\u201d.';
  }

  function init() {
    $('param-search').addEventListener('input', filter);
  }

  return {init, filter};
})();
