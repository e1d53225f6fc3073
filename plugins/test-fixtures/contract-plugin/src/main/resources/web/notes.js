/**
 * The contract fixture's notes screen (a test plugin: PluginScreensIT writes a note here in the browser). The
 * example of a plugin's screens to copy is plugins/sample-notes.
 */
import {
  h, replace, api, catalogue, field, listOf, formatDateTime, showErrors, clearErrors,
} from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'notes');

export async function render(main, portal) {
  const notes = await api.get('/api/plugins/contract/notes');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    field({ id: 'note-title', label: t('heading'), required: true,
      control: h('input', { name: 'title', maxlength: 200 }) }),
    field({ id: 'note-body', label: t('body'), required: true, control: h('textarea', { name: 'body' }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('save'))));

  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead')),
    listOf(notes, (note) => h('li', { class: 'card' },
      h('h2', {}, note.title),
      h('p', {}, note.body),
      h('p', { class: 'meta' }, `${t('by')}: ${formatDateTime(note.createdAt)}`)),
    { empty: t('none'), class: 'cards' }),
    h('h2', {}, t('new')),
    form);

  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    try {
      await api.send('POST', '/api/plugins/contract/notes', {
        title: form.elements.title.value, body: form.elements.body.value,
      });
      await render(main, portal);
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
