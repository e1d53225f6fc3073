/**
 * The notes screen: the organization's open notes, a form to write one and, for its administrators, a button to
 * archive one. The portal calls `render(main, portal)`; the screen calls it again with what the reader just did.
 * Everything else comes from the browser kit, every word from the plugin's catalogue (`i18n/ja.json`, `en.json`).
 */
import {
  h, replace, api, catalogue, field, listOf, formatDateTime, showErrors, clearErrors, confirmDialog, notify,
} from '/assets/kit/1/index.js';

const API = '/api/plugins/notes/notes';
const t = await catalogue(import.meta.url, 'notes');

export async function render(main, portal, done) {
  const notes = await api.get(API);
  const archives = portal.user.roles.includes('member-admin');
  const outcome = h('div');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: write },
    h('div', { class: 'form-errors' }),
    field({ id: 'note-title', label: t('heading'), required: true,
      control: h('input', { name: 'title', maxlength: 200 }) }),
    field({ id: 'note-body', label: t('body'), required: true,
      control: h('textarea', { name: 'body', maxlength: 4000, rows: 4 }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('save'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), outcome,
    listOf(notes, (note) => h('li', { class: 'card', 'data-note': note.id },
      h('h2', {}, note.title),
      h('p', { class: 'pre-line' }, note.body),
      h('p', { class: 'meta' }, t('written', { when: formatDateTime(note.writtenAt) })),
      archives ? h('button', { type: 'button', class: 'button secondary', onclick: () => archive(note) },
        t('archive')) : null),
    { empty: t('none'), class: 'cards', label: t('title') }),
    h('h2', {}, t('new')), form);
  if (done) notify(outcome, done);

  async function write(event) {
    event.preventDefault();
    clearErrors(form);
    try {
      await api.send('POST', API, { title: form.elements.title.value, body: form.elements.body.value });
      await render(main, portal, t('saved'));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }

  async function archive(note) {
    if (!await confirmDialog(t('confirmArchive', { title: note.title }))) return;
    await api.send('POST', `${API}/${note.id}/archive`);
    await render(main, portal, t('archived', { title: note.title }));
  }
}
