/**
 * An inquiry as its asker sees it (/p/inquiries/track#<token>, the private link of the confirmation mail): status,
 * the thread (the API never gives the asker internal notes), files to download, and a reply form; replying to an
 * answered or closed inquiry reopens it. The token lives in the address's fragment, which browsers never send to a
 * server: it reaches the portal only in the API calls made here. A member's own inquiry opens the same way from
 * "My inquiries" (see {@link renderCase}).
 */
import { API, SCREENS, FILE_TYPES, common, useStyles, statusBadge, when, field, showErrors, clearErrors, readFiles }
  from './common.js';

const TEXT = {
  ja: {
    title: '問い合わせ状況', noToken: 'メールでお送りした専用リンクから開いてください。',
    mine: '自分の問い合わせの一覧（会員）', notFound: '問い合わせが見つかりません',
    notFoundDetail: 'リンクが正しいかご確認ください。', ask: '問い合わせる',
    reference: '受付番号', status: '状況', topic: '分野', region: '地域', asked: '受付日時',
    receivers: '対応している機関', none: '事務局で確認中です', thread: 'やりとり', files: '添付ファイル',
    reply: '返信する', replyText: '返信内容', attachments: '添付ファイル（任意）', send: '送信する',
    reopens: 'この問い合わせは回答済みまたは完了しています。送信すると問い合わせが再開されます。',
    sent: '送信しました。', bytes: (n) => `${Math.max(1, Math.round(n / 1024))} KB`,
  },
  en: {
    title: 'Your inquiry', noToken: 'Please open the private link we e-mailed you.',
    mine: 'All my inquiries (members)', notFound: 'Inquiry not found', notFoundDetail: 'Please check the link.',
    ask: 'Ask the desk', reference: 'Reference', status: 'Status', topic: 'Topic', region: 'Region',
    asked: 'Asked', receivers: 'Working on it', none: 'The secretariat is looking at it', thread: 'Messages',
    files: 'Attachments', reply: 'Reply', replyText: 'Your reply', attachments: 'Attachments (optional)',
    send: 'Send', reopens: 'This inquiry has been answered or closed. Sending a reply reopens it.',
    sent: 'Your reply has been sent.', bytes: (n) => `${Math.max(1, Math.round(n / 1024))} KB`,
  },
};

export async function render(main, portal) {
  useStyles();
  const { h, replace } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const token = location.hash.slice(1);
  if (!token) {
    replace(main, h('h1', {}, text.title), h('p', {}, text.noToken),
      h('p', {}, h('a', { href: `${SCREENS}/mine` }, text.mine)));
    return;
  }
  await renderCase(main, portal, { path: `${API}/track/${encodeURIComponent(token)}` });
}

/**
 * Shows an inquiry to its asker and lets them reply.
 *
 * @param {{path: string, kind?: string, back?: {href: string, label: string}}} source where the asker's view is
 *   (`…/track/{token}` or `…/inquiries/{ref}` for a member); its `/messages` takes replies (with `kind` where the
 *   route needs it) and `/attachments/{id}` gives files; `back` links to where the reader came from
 * @param {string} [announcement] what to announce above the inquiry (after a reply)
 */
export async function renderCase(main, portal, source, announcement) {
  useStyles();
  const { h, replace, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  let inquiry;
  try {
    inquiry = await api.get(source.path);
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(main, h('h1', {}, text.notFound), h('p', {}, text.notFoundDetail),
      h('p', {}, h('a', { href: `${SCREENS}/ask` }, text.ask)));
    return;
  }
  const status = h('p', { class: 'inquiry-outcome', role: 'status', tabindex: '-1' }, announcement ?? '');
  replace(main,
    h('h1', {}, inquiry.subject),
    status,
    h('dl', { class: 'facts' },
      h('dt', {}, text.reference), h('dd', { class: 'inquiry-reference-value' }, inquiry.reference),
      h('dt', {}, text.status), h('dd', {}, statusBadge(portal, inquiry.status, inquiry.statusLabel)),
      h('dt', {}, text.topic), h('dd', {}, inquiry.topicLabel),
      h('dt', {}, text.region), h('dd', {}, inquiry.regionLabel),
      h('dt', {}, text.asked), h('dd', {}, when(portal, inquiry.createdAt)),
      h('dt', {}, text.receivers), h('dd', {}, inquiry.receivers.length ? inquiry.receivers.join('、') : text.none)),
    h('section', { 'aria-labelledby': 'inquiry-thread' },
      h('h2', { id: 'inquiry-thread' }, text.thread),
      h('ol', { class: 'inquiry-thread' }, inquiry.messages.map((message) => h('li', {
        class: `inquiry-message inquiry-message-${message.kind}`, 'data-message': message.id,
      },
      h('h3', {}, message.organization ? `${message.author}（${message.organization}）` : message.author,
        ' ', h('span', { class: 'meta' }, message.kindLabel)),
      h('p', { class: 'meta' }, h('time', { datetime: message.createdAt }, when(portal, message.createdAt))),
      h('p', { class: 'inquiry-message-text' }, message.text),
      message.attachments.length ? h('ul', { class: 'inquiry-files', 'aria-label': text.files },
        message.attachments.map((file) => h('li', {}, h('a', {
          href: `${source.path}/attachments/${file.id}`, download: file.filename,
        }, file.filename), ` (${text.bytes(file.size)})`))) : null)))),
    replyForm(portal, text, source, inquiry, main),
    source.back ? h('p', {}, h('a', { href: source.back.href }, source.back.label)) : null);
  if (announcement) status.focus();
}

function replyForm(portal, text, source, inquiry, main) {
  const { h, api } = portal;
  const reopening = inquiry.status === 'answered' || inquiry.status === 'closed';
  const form = h('form', { class: 'stack inquiry-form', novalidate: true, 'aria-labelledby': 'inquiry-reply',
    onsubmit: submit },
  h('h2', { id: 'inquiry-reply' }, text.reply),
  h('div', { class: 'form-errors' }),
  reopening ? h('p', { class: 'meta' }, text.reopens) : null,
  field(portal, { id: 'reply-text', label: text.replyText, required: true,
    control: h('textarea', { name: 'text', rows: 6, maxlength: 10000 }) }),
  field(portal, { id: 'reply-attachments', label: text.attachments, hint: common(portal).filesHint,
    control: h('input', { name: 'attachments', type: 'file', multiple: true, accept: FILE_TYPES }) }),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, text.send)));

  async function submit(submitted) {
    submitted.preventDefault();
    clearErrors(form);
    const files = await readFiles(portal, form.elements.attachments);
    if (Object.keys(files.errors).length) {
      showErrors(portal, form, { errors: files.errors }, files);
      return;
    }
    try {
      await api.send('POST', `${source.path}/messages`, {
        ...(source.kind ? { kind: source.kind } : {}), text: form.elements.text.value,
        attachments: files.attachments,
      });
      await renderCase(main, portal, source, text.sent);
    } catch (error) {
      if (!error.status) throw error;
      showErrors(portal, form, error, files);
    }
  }
  return form;
}
