// Small editors for the form's lists (purges, defection shocks, removals): remove an item, or add one from a few
// typed fields (a date, the scenario's own patrons and organs), never the list written as raw text.
'use strict';
const formLists = (() => {
  const editors = {};

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v != null) e.setAttribute(k, v); });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : c)));
    return e;
  }

  /** A value as a flow-YAML scalar: dates and numbers as they are, words quoted (JSON's quoting is YAML's). */
  const scalar = (kind, v) => kind === 'date' || kind === 'number' ? v : JSON.stringify(v);

  function field(list, f) {
    const id = 'add-' + list.key + '-' + f.name;
    let input;
    if (f.kind === 'choice') {
      input = el('select', {id, 'data-field': f.name}, el('option', {value: ''}, '(none)'),
        (f.choices || []).map(c => el('option', {value: c}, c)));
    } else {
      input = el('input', {id, 'data-field': f.name, type: f.kind === 'date' ? 'date' : f.kind === 'number' ? 'number' : 'text',
        step: f.kind === 'number' ? 'any' : null});
    }
    return el('label', {for: id, title: f.label}, f.name.replace(/_/g, ' ') + (f.required ? ' (needed) ' : ' '), input);
  }

  /** The editor of one list; {@code setList(key, text, items)} tells the form the list's new text (null: as it was). */
  function editor(list, setList) {
    const box = el('div', {class: 'list-editor', 'data-list': list.key});
    const state = {list, setList, items: list.items.map(i => ({text: i.text, summary: i.summary})), box};
    editors[list.key] = state;
    render(state);
    return box;
  }

  function changed(state) {
    const same = state.items.length === state.list.items.length
      && state.items.every((it, i) => it.text === state.list.items[i].text);
    state.setList(state.list.key, same ? null : '[' + state.items.map(i => i.text).join(', ') + ']', state.items.length);
  }

  function render(state) {
    const {list, box} = state;
    const rows = state.items.map((it, i) => {
      const remove = el('button', {type: 'button', class: 'secondary small', 'aria-label': 'Remove ' + list.noun + ' ' + (i + 1)},
        'Remove');
      remove.addEventListener('click', () => { state.items.splice(i, 1); render(state); changed(state); });
      return el('li', {}, list.noun + ' ' + (i + 1) + ': ' + it.summary + ' ', remove);
    });
    const fields = list.fields.map(f => field(list, f));
    const add = el('button', {type: 'button', class: 'secondary small', 'aria-label': 'Add the ' + list.noun}, 'Add');
    const note = el('span', {class: 'hint', role: 'status'});
    add.addEventListener('click', () => {
      const parts = [], words = [];
      let missing = null;
      list.fields.forEach(f => {
        const v = box.querySelector('[data-field="' + f.name + '"]').value.trim();
        if (!v && f.required) missing = missing || f.name;
        if (v) { parts.push(f.name + ': ' + scalar(f.kind, v)); words.push(f.name + ' ' + v); }
      });
      if (missing) { note.textContent = 'Give its ' + missing.replace(/_/g, ' ') + ' first.'; return; }
      state.items.push({text: '{' + parts.join(', ') + '}', summary: words.join(', ') + ' (new; other fields as by default)'});
      render(state);
      changed(state);
    });
    box.replaceChildren(
      el('b', {}, state.items.length + ' ' + list.noun + (state.items.length === 1 ? '' : 's') + ' in this run'
        + (state.items.length === list.items.length ? '' : ' (changed; the fields below are the list as it was)')),
      state.items.length ? el('ul', {}, rows) : '',
      el('div', {class: 'row add'}, 'Add a ' + list.noun + ':', fields, add, note));
  }

  /** Takes back the editor's change of a list. */
  function restore(key) {
    const state = editors[key];
    if (!state) return;
    state.items = state.list.items.map(i => ({text: i.text, summary: i.summary}));
    render(state);
    state.setList(key, null);
  }

  return {editor, restore};
})();
