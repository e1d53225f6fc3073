import { h, replace } from '../../core/dom.js';

/**
 * Rows to add and remove in a form (a timetable's sessions, a form's questions, a question's options), named as the
 * API's list (`sessions[0].start`), so that a refused form's errors, nested ones too, are shown at their controls.
 * Each row is a fieldset (`data-path` = `<name>[i]`) with a legend, the row's fields and a button that removes it;
 * a button after the rows adds one. What is typed is kept when rows are added, removed or drawn again. A row may hold
 * rows of its own: give the inner repeater the item's list (`items: item.options`) and name it below the row's.
 *
 * @param {{id: string, name: string, items?: object[], blank: (rows: object[]) => object, fields: (item: object,
 *   at: (key: string) => {id: string, name: string}, redraw: (focus?: string) => void, n: number) => Node[],
 *   legend: (n: number) => string, add: string, remove: (n: number) => string, empty: string, class?: string,
 *   rowClass?: string}} options the ids' stem (`<id>-<i>-<key>`; the add button is `add-<id>`), the API's list name,
 *   the items (kept and changed in place), a new row's item, a row's fields (`at(key)` gives a control's id and name;
 *   a control's value is read into `item[key]`, a check box's `checked`; `redraw(key)` draws the rows again and
 *   focuses that control; `n` is the row's number), the legend and the remove button's words
 *   by the row's number (from 1), the add button's words, what to say without rows, the classes of the rows' box and
 *   of each row
 * @returns {{element: HTMLElement, values: () => object[]}} the rows and their add button, and the items as typed
 */
export function repeater({ id, name, items = [], blank, fields, legend, add, remove, empty, class: className,
  rowClass }) {
  const rows = items;
  const box = h('div', { class: className ?? 'kit-rows' });
  const addButton = h('button', { type: 'button', class: 'button secondary', id: `add-${id}`, onclick: () => {
    sync();
    rows.push(blank(rows));
    draw();
    box.querySelector(`[name^="${CSS.escape(`${name}[${rows.length - 1}].`)}"]`)?.focus();
  } }, add);
  draw();
  return { element: h('div', {}, box, h('p', {}, addButton)), values: () => { sync(); return rows; } };

  function draw(focus) {
    replace(box, rows.length === 0 ? h('p', { class: 'meta' }, empty) : rows.map((item, i) => {
      const at = (key) => ({ id: `${id}-${i}-${key}`, name: `${name}[${i}].${key}` });
      const redraw = (key) => {
        sync();
        draw(key && `#${CSS.escape(at(key).id)}`);
      };
      return h('fieldset', { class: rowClass ?? 'kit-row', 'data-path': `${name}[${i}]` },
        h('legend', {}, legend(i + 1)),
        fields(item, at, redraw, i + 1),
        h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: () => {
          sync();
          rows.splice(i, 1);
          draw();
          addButton.focus();
        } }, remove(i + 1))));
    }));
    if (focus) box.querySelector(focus)?.focus();
  }

  /** Takes what is typed into the items (inner rows' too), before the rows are drawn again. */
  function sync() {
    for (const control of box.querySelectorAll(`[name^="${CSS.escape(`${name}[`)}"]`)) {
      const path = control.name.slice(name.length).match(/\[\d+\]|[^.[\]]+/g);
      let target = rows;
      path.slice(0, -1).forEach((step) => { target = target?.[step.replace(/[[\]]/g, '')]; });
      const key = path.at(-1);
      if (target) target[key.replace(/[[\]]/g, '')] = control.type === 'checkbox' ? control.checked : control.value;
    }
  }
}
