/**
 * The notes plugin's screen inside the web portal. The portal calls `render(main, portal)`; everything it needs
 * comes through `portal` (the DOM builder, the API client, the caller, the language), so the screen knows nothing
 * of the portal's own files and goes away cleanly with the plugin.
 */
const TEXT = {
  ja: { title: 'メモ', lead: '所属機関の職員だけが読めるメモです。', none: 'メモはまだありません。', new: 'メモを書く',
    heading: '件名', body: '本文', save: '保存', archive: 'アーカイブ', by: '作成' },
  en: { title: 'Notes', lead: 'Notes only the staff of your organization can read.', none: 'No notes yet.',
    new: 'Write a note', heading: 'Title', body: 'Text', save: 'Save', archive: 'Archive', by: 'Written' },
};

export async function render(main, portal) {
  const { h, replace, api, format } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const notes = await api.get('/api/plugins/notes/notes');
  const error = h('div', { class: 'form-errors' });
  const form = h('form', { class: 'stack', onsubmit: save },
    error,
    h('label', { for: 'note-title' }, text.heading),
    h('input', { id: 'note-title', name: 'title', required: true, maxlength: 200 }),
    h('label', { for: 'note-body' }, text.body),
    h('textarea', { id: 'note-body', name: 'body', required: true }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, text.save)));

  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead),
    notes.length === 0 ? h('p', {}, text.none) : h('ul', { class: 'cards' }, notes.map((note) => h('li', { class: 'card' },
      h('h2', {}, note.title),
      h('p', {}, note.body),
      h('p', { class: 'meta' }, `${text.by}: ${format.formatDateTime(note.createdAt)}`)))),
    h('h2', {}, text.new),
    form);

  async function save(event) {
    event.preventDefault();
    try {
      await api.send('POST', '/api/plugins/notes/notes', {
        title: form.elements.title.value, body: form.elements.body.value,
      });
      await render(main, portal);
    } catch (failure) {
      replace(error, h('p', { role: 'alert' }, failure.message));
    }
  }
}
