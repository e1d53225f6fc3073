/**
 * The public suggestion form, for visitors too: a suggestion to a member organization becomes one of its notes.
 * The form token comes with the empty form; the hidden `website` field is a honeypot people leave empty.
 */
const TEXT = {
  ja: { title: '提案する', lead: '会員機関への提案をお送りください。', organization: '機関の ID（例: tama）',
    heading: '件名', body: '本文', website: 'ウェブサイト（空欄のまま）', send: '送信', thanks: '提案を送信しました。' },
  en: { title: 'Make a suggestion', lead: 'Send a member organization a suggestion.',
    organization: 'Organization id (e.g. tama)', heading: 'Title', body: 'Text', website: 'Website (leave empty)',
    send: 'Send', thanks: 'Your suggestion was sent.' },
};

export async function render(main, portal) {
  const { h, replace, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const { formToken } = await api.get('/api/plugins/notes/suggestion-form');
  const error = h('div', { class: 'form-errors' });
  const form = h('form', { class: 'stack', onsubmit: send },
    error,
    h('label', { for: 'suggestion-organization' }, text.organization),
    h('input', { id: 'suggestion-organization', name: 'organization', required: true, maxlength: 64 }),
    h('label', { for: 'suggestion-title' }, text.heading),
    h('input', { id: 'suggestion-title', name: 'title', required: true, maxlength: 180 }),
    h('label', { for: 'suggestion-body' }, text.body),
    h('textarea', { id: 'suggestion-body', name: 'body', required: true }),
    h('div', { class: 'honeypot', 'aria-hidden': 'true', hidden: true },
      h('label', { for: 'suggestion-website' }, text.website),
      h('input', { id: 'suggestion-website', name: 'website', tabindex: -1, autocomplete: 'off' })),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, text.send)));
  replace(main, h('h1', {}, text.title), h('p', { class: 'lead' }, text.lead), form);

  async function send(event) {
    event.preventDefault();
    try {
      await api.send('POST', '/api/plugins/notes/suggestions', {
        organization: form.elements.organization.value, title: form.elements.title.value,
        body: form.elements.body.value, website: form.elements.website.value, formToken,
      });
      replace(main, h('h1', {}, text.title), h('p', { role: 'status' }, text.thanks));
    } catch (failure) {
      replace(error, h('p', { role: 'alert' }, failure.message));
    }
  }
}
