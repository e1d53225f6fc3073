import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { confirmDialog } from './dialog.js';
import { act, showProblem } from './actions.js';

/**
 * A screen of settings to keep (routing rules, canned replies...): the items in a table with a button to edit and
 * one to delete each (deleting confirmed first), and one form that adds an item or rewrites the one being edited.
 * The API's list answers GET (the items, each with an `id`) and POST; an item's address (`<path>/<id>`) PUT and
 * DELETE. The screen gives what differs: the columns, the fields (named as the API's fields, so that its errors land
 * at them) and the body; every outcome is said in a notice, a refusal at the form's fields.
 *
 * @param {HTMLElement} main the screen
 * @param {{title: string, lead: string, path: string, empty: string, addTitle: string, editTitle: string,
 *   columns: Array<{header: string, value: (item) => (Node|string)}>, name: (item) => string,
 *   confirmDelete: (item) => string, fields: (item|null) => Node[], body: (form: HTMLFormElement) => object,
 *   class?: string}} list the screen's heading and lead, the API's address of the list, what to say without items,
 *   the form's headings, the table's columns (the first heads its row), an item's name (for the buttons' accessible
 *   names), the question before deleting, the form's fields for an item (null: a new one), the body the form sends,
 *   the form's class (besides `settings-editor`)
 */
export async function settingsList(main, list) {
  const box = h('div', { class: 'settings-notices' });
  const content = h('div', {});
  replace(main, h('h1', {}, list.title), h('p', { class: 'lead' }, list.lead), box, content);
  let editing = null;

  const redraw = async () => {
    let items;
    try {
      items = await get(list.path);
    } catch (error) {
      showProblem(box, error);
      return;
    }
    if (editing && !items.some((item) => item.id === editing)) editing = null;
    replace(content, table(items), form(items.find((item) => item.id === editing) ?? null));
  };

  const button = (action, item, onclick) => h('button', { type: 'button', class: 'link-button', 'data-action': action,
    'aria-label': `${t(`kit.settings.${action}`)}: ${list.name(item)}`, onclick }, t(`kit.settings.${action}`));
  const table = (items) => (items.length === 0 ? h('p', {}, list.empty)
    : h('div', { class: 'settings-table-wrap', tabindex: '0', role: 'region', 'aria-label': list.title },
      h('table', { class: 'settings-table' },
        h('thead', {}, h('tr', {}, list.columns.map((c) => h('th', { scope: 'col' }, c.header)),
          h('th', { scope: 'col' }, t('kit.settings.actions')))),
        h('tbody', {}, items.map((item) => h('tr', { 'data-id': item.id },
          list.columns.map((c, i) => h(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, c.value(item))),
          h('td', { class: 'settings-row-actions' },
            button('edit', item, async () => {
              editing = item.id;
              await redraw();
              content.querySelector('form input, form select, form textarea')?.focus();
            }),
            button('delete', item, async () => {
              if (!await confirmDialog(list.confirmDelete(item))) return;
              act(() => send('DELETE', `${list.path}/${item.id}`), { box, done: t('kit.settings.deleted'), redraw });
            }))))))));

  const form = (current) => {
    const element = h('form', { class: ['settings-editor', list.class].filter(Boolean).join(' '),
      'aria-labelledby': 'settings-editor-heading', 'data-editing': current ? String(current.id) : null,
      onsubmit: (event) => {
        event.preventDefault();
        const body = list.body(element);
        act(async () => {
          await (current ? send('PUT', `${list.path}/${current.id}`, body) : send('POST', list.path, body));
          editing = null;
        }, { box, done: t('kit.settings.saved'), redraw, form: element });
      } },
    h('h2', { id: 'settings-editor-heading' }, current ? list.editTitle : list.addTitle),
    list.fields(current),
    h('p', { class: 'actions' },
      h('button', { type: 'submit', class: 'button' }, t('kit.settings.save')),
      current ? h('button', { type: 'button', class: 'button secondary', onclick: async () => {
        editing = null;
        await redraw();
      } }, t('kit.settings.stopEditing')) : null));
    return element;
  };

  await redraw();
}
