// The parameter form: every parameter of the scenario with its unit, allowed values and source note.
'use strict';
const paramForm = (() => {
  const form = () => document.getElementById('param-form');
  let original = {};
  // Lists changed with their small editor: key to the whole list's new text, sent as one change.
  let lists = {};
  let listTitles = {};
  const ofList = (path, key) => path === key || path.startsWith(key + '[');

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v != null) e.setAttribute(k, v); });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : c)));
    return e;
  }

  function noteText(n) {
    if (!n) return 'No source or assumption note.';
    if (n.calibrated) return 'Calibrated: ' + n.calibrated;
    if (n.source) return 'Source: ' + n.source + (n.quote ? ' — “' + n.quote + '”' : '');
    return 'Assumption: ' + n.assumption;
  }

  function input(p) {
    const id = 'p-' + p.path;
    if (p.kind === 'boolean') {
      const s = el('select', {id, name: p.path});
      [['true', 'yes'], ['false', 'no']].forEach(([v, t]) => s.append(el('option', {value: v}, t)));
      s.value = p.value;
      return s;
    }
    return el('input', {type: 'text', id, name: p.path, value: p.value, inputmode: p.kind.includes('number') ? 'decimal' : null,
      placeholder: p.value === '' ? '(none)' : null});
  }

  function row(p) {
    const unit = p.unit ? 'Unit: ' + p.unit + '. ' : '';
    const allowed = p.allowed ? 'Allowed: ' + p.allowed + '.' : '';
    const r = el('div', {class: 'param', 'data-path': p.path},
      el('label', {class: 'label', for: 'p-' + p.path}, p.label, el('code', {}, p.path)),
      input(p),
      el('div', {class: 'meta'}, el('div', {}, unit + allowed), el('div', {class: 'note'}, noteText(p.note))));
    r.querySelector('input,select').addEventListener('input', () => markChanged(r));
    return r;
  }

  function markChanged(r) {
    const f = r.querySelector('input,select');
    r.classList.toggle('changed', f.value !== original[f.name]);
    listChanges();
  }

  /** Builds the form from the server's description: sections grouped by the model's process, all closed but the run's. */
  function show(desc) {
    original = {};
    lists = {};
    listTitles = {};
    const f = form();
    f.replaceChildren();
    const groups = new Map();
    desc.sections.forEach(s => {
      s.parameters.forEach(p => { original[p.path] = p.value; });
      const key = s.process || 'other';
      if (!groups.has(key)) {
        const g = el('details', {class: 'group', 'data-group': key}, el('summary', {}, s.process_title || s.title, ' ',
          el('span', {class: 'count'})));
        g.open = key === 'run';
        groups.set(key, g);
        f.append(g);
      }
      const d = el('details', {class: 'section', 'data-section': s.key},
        el('summary', {}, s.title + ' ', el('span', {class: 'count'}, '(' + s.key + ', ' + s.parameters.length
          + (s.parameters.length === 1 ? ' parameter)' : ' parameters)'))),
        s.parameters.map(row));
      d.open = s.key === 'run';
      groups.get(key).append(d);
    });
    groups.forEach(g => {
      const n = g.querySelectorAll('.param').length;
      g.querySelector('summary .count').textContent = '(' + n + (n === 1 ? ' parameter)' : ' parameters)');
    });
    (desc.lists || []).forEach(l => {
      const section = f.querySelector('details[data-section="' + CSS.escape(l.key) + '"]');
      if (section) {
        listTitles[l.key] = section.querySelector('summary').firstChild.textContent.trim();
        section.querySelector('summary').after(formLists.editor(l, setList));
      }
    });
    clearProblems();
    listChanges();
  }

  /**
   * Sets a whole list (text as --set takes it), or null to take back the editor's change. While a list is changed so,
   * its fields in the form are the old list's: they are disabled and not sent.
   */
  function setList(key, text, items) {
    if (text == null) delete lists[key]; else lists[key] = {text, items};
    form().querySelectorAll('.param').forEach(r => {
      if (ofList(r.dataset.path, key)) {
        const f = r.querySelector('input,select');
        f.disabled = text != null;
        r.classList.toggle('superseded', text != null);
        if (text != null) { f.value = original[f.name]; r.classList.remove('changed'); }
      }
    });
    listChanges();
  }

  /** The changes, listed apart from the form: each with where it was and an undo. */
  function listChanges() {
    const box = document.getElementById('your-changes');
    if (!box) return;
    const rows = [...form().querySelectorAll('.param.changed')].map(r => {
      const f = r.querySelector('input,select');
      const undo = el('button', {type: 'button', class: 'secondary small', 'aria-label': 'Undo the change of ' + f.name}, 'Undo');
      undo.addEventListener('click', () => { f.value = original[f.name]; markChanged(r); });
      return el('li', {'data-path': f.name}, r.querySelector('.label').firstChild.textContent + ' ', el('code', {}, f.name),
        ': ' + (original[f.name] === '' ? '(none)' : original[f.name]) + ' → ' + (f.value === '' ? '(none)' : f.value) + ' ', undo);
    });
    Object.entries(lists).forEach(([key, l]) => {
      const undo = el('button', {type: 'button', class: 'secondary small', 'aria-label': 'Undo the change of ' + key}, 'Undo');
      undo.addEventListener('click', () => formLists.restore(key));
      rows.push(el('li', {'data-path': key}, (listTitles[key] || key) + ' ', el('code', {}, key), ': now '
        + l.items + (l.items === 1 ? ' item' : ' items') + ' (' + (l.text.length > 80 ? l.text.slice(0, 77) + '...' : l.text) + ') ', undo));
    });
    box.replaceChildren(el('b', {}, rows.length ? 'Your changes (' + rows.length + '):' : 'Your changes: none yet; the scenario runs as it is.'),
      rows.length ? el('ul', {}, rows) : '');
  }

  /** The parameters the user changed, path to value. */
  function changes() {
    const out = {};
    Object.entries(lists).forEach(([key, l]) => { out[key] = l.text; });
    form().querySelectorAll('.param input,.param select').forEach(f => {
      if (!f.disabled && f.value !== original[f.name]) out[f.name] = f.value;
    });
    return out;
  }

  function reset() {
    Object.keys(lists).forEach(formLists.restore);
    form().querySelectorAll('.param input,.param select').forEach(f => { f.value = original[f.name]; markChanged(f.closest('.param')); });
    clearProblems();
  }

  function clearProblems() {
    document.getElementById('form-problems').hidden = true;
    form().querySelectorAll('.param.bad').forEach(r => { r.classList.remove('bad'); r.querySelector('.error')?.remove(); });
  }

  /** Shows refused values: a list at the top and a message under each field named. */
  function showProblems(body) {
    clearProblems();
    const box = document.getElementById('form-problems');
    const list = el('ul', {});
    let first = null;
    body.problems.forEach(p => {
      const r = p.path ? form().querySelector('.param[data-path="' + CSS.escape(p.path) + '"]') : null;
      const label = r ? r.querySelector('.label').firstChild.textContent : null;
      list.append(el('li', {}, (label ? label + ' (' + p.path + '): ' : p.path ? p.path + ': ' : '') + p.message
        + (p.where && p.where !== 'the form' ? ' [' + p.where + ']' : '')));
      if (r) {
        r.classList.add('bad');
        r.append(el('div', {class: 'error', role: 'alert'}, 'Refused: ' + p.path + ' ' + p.message));
        r.closest('details').open = true;
        r.closest('details.group').open = true;
        first = first || r;
      }
    });
    box.replaceChildren(el('b', {}, body.error), list);
    box.hidden = false;
    (first || box).scrollIntoView({block: 'center'});
  }

  return {show, changes, reset, showProblems, clearProblems};
})();
