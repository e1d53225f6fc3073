/**
 * A secretariat's list of the desk's settings (routing rules, canned replies): the items in a table with a button
 * to edit and one to delete each, and one form that adds an item or rewrites the one being edited. The screens give
 * what differs: the columns, the fields (named as the API's fields, so its errors land at them) and the body.
 */

import { h, replace, api, catalogue, confirmDialog, act, showProblem } from '/assets/kit/1/index.js';
import { API, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

/**
 * @param {HTMLElement} main the screen
 * @param {{title: string, lead: string, path: string, empty: string, addTitle: string, editTitle: string,
 *   columns: Array<{header: string, value: (item) => (Node|string)}>, name: (item) => string,
 *   confirmDelete: (item) => string, fields: (item|null) => Node[], body: (form: HTMLFormElement) => object}} list
 */
export async function editableList(main, list) {
  inquiryStyles('desk');
  const base = `${API}/${list.path}`;
  const box = h('div', { class: 'desk-notices' });
  const content = h('div', {});
  replace(main, h('h1', {}, list.title), h('p', { class: 'lead' }, list.lead), box, content);
  let editing = null;

  const redraw = async () => {
    let items;
    try {
      items = await api.get(base);
    } catch (error) {
      showProblem(box, error);
      return;
    }
    if (editing && !items.some((item) => item.id === editing)) editing = null;
    const current = items.find((item) => item.id === editing) ?? null;
    replace(content, table(items), form(current));
  };

  const table = (items) => (items.length === 0 ? h('p', {}, list.empty)
    : h('div', { class: 'desk-table-wrap', tabindex: '0', role: 'region', 'aria-label': list.title },
      h('table', { class: 'desk-table' },
        h('thead', {}, h('tr', {}, list.columns.map((c) => h('th', { scope: 'col' }, c.header)),
          h('th', { scope: 'col' }, t('actions')))),
        h('tbody', {}, items.map((item) => h('tr', { 'data-id': item.id },
          list.columns.map((c, i) => h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, c.value(item))),
          h('td', { class: 'desk-row-actions' },
            h('button', { type: 'button', class: 'link-button', 'data-action': 'edit',
              'aria-label': `${t('edit')}: ${list.name(item)}`, onclick: async () => {
                editing = item.id;
                await redraw();
                content.querySelector('form input, form select, form textarea')?.focus();
              } }, t('edit')),
            h('button', { type: 'button', class: 'link-button', 'data-action': 'delete',
              'aria-label': `${t('delete')}: ${list.name(item)}`, onclick: async () => {
                if (!await confirmDialog(list.confirmDelete(item))) return;
                act(() => api.send('DELETE', `${base}/${item.id}`), { box, done: t('deleted'), redraw });
              } }, t('delete')))))))));

  const form = (current) => {
    const element = h('form', { class: 'desk-form desk-editor', 'aria-labelledby': 'desk-editor-heading',
      'data-editing': current ? String(current.id) : null, onsubmit: (event) => {
        event.preventDefault();
        const body = list.body(element);
        const call = current ? () => api.send('PUT', `${base}/${current.id}`, body)
          : () => api.send('POST', base, body);
        act(async () => {
          await call();
          editing = null;
        }, { box, done: t('saved'), redraw, form: element });
      } },
    h('h2', { id: 'desk-editor-heading' }, current ? list.editTitle : list.addTitle),
    list.fields(current),
    h('p', { class: 'actions' },
      h('button', { type: 'submit', class: 'button' }, t('save')),
      current ? h('button', { type: 'button', class: 'button secondary', onclick: async () => {
        editing = null;
        await redraw();
      } }, t('cancel')) : null));
    return element;
  };

  await redraw();
}
