/**
 * An inquiry as its asker sees it (/p/inquiries/track#<token>, the private link of the confirmation mail): status,
 * the thread (the API never gives the asker internal notes), files to download, and a reply form; replying to an
 * answered or closed inquiry reopens it. The token lives in the address's fragment, which browsers never send to a
 * server: it reaches the portal only in the API calls made here. A member's own inquiry opens the same way from
 * "My inquiries" (see {@link renderCase}).
 */
import {
  field, showErrors, clearErrors, formatDateTime, h, replace, api, catalogue, readFiles, sizeText,
} from '/assets/kit/1/index.js';
import { API, SCREENS, FILE_TYPES, FILE_LIMITS, statusBadge, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'track');

export async function render(main, portal) {
  inquiryStyles();
  const token = location.hash.slice(1);
  if (!token) {
    replace(main, h('h1', {}, t('title')), h('p', {}, t('noToken')),
      h('p', {}, h('a', { href: `${SCREENS}/mine` }, t('mine'))));
    return;
  }
  await renderCase(main, { path: `${API}/track/${encodeURIComponent(token)}` });
}

/**
 * Shows an inquiry to its asker and lets them reply.
 *
 * @param {{path: string, kind?: string, back?: {href: string, label: string}}} source where the asker's view is
 *   (`…/track/{token}` or `…/inquiries/{ref}` for a member); its `/messages` takes replies (with `kind` where the
 *   route needs it) and `/attachments/{id}` gives files; `back` links to where the reader came from
 * @param {string} [announcement] what to announce above the inquiry (after a reply)
 */
export async function renderCase(main, source, announcement) {
  inquiryStyles();
  let inquiry;
  try {
    inquiry = await api.get(source.path);
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(main, h('h1', {}, t('notFound')), h('p', {}, t('notFoundDetail')),
      h('p', {}, h('a', { href: `${SCREENS}/ask` }, t('ask'))));
    return;
  }
  const status = h('p', { class: 'inquiry-outcome', role: 'status', tabindex: '-1' }, announcement ?? '');
  replace(main,
    h('h1', {}, inquiry.subject),
    status,
    h('dl', { class: 'facts' },
      h('dt', {}, t('reference')), h('dd', { class: 'inquiry-reference-value' }, inquiry.reference),
      h('dt', {}, t('status')), h('dd', {}, statusBadge(inquiry.status, inquiry.statusLabel)),
      h('dt', {}, t('topic')), h('dd', {}, inquiry.topicLabel),
      h('dt', {}, t('region')), h('dd', {}, inquiry.regionLabel),
      h('dt', {}, t('asked')), h('dd', {}, formatDateTime(inquiry.createdAt)),
      h('dt', {}, t('receivers')), h('dd', {}, inquiry.receivers.length ? inquiry.receivers.join('、') : t('none'))),
    h('section', { 'aria-labelledby': 'inquiry-thread' },
      h('h2', { id: 'inquiry-thread' }, t('thread')),
      h('ol', { class: 'inquiry-thread' }, inquiry.messages.map((message) => h('li', {
        class: `inquiry-message inquiry-message-${message.kind}`, 'data-message': message.id,
      },
      h('h3', {}, message.organization ? `${message.author}（${message.organization}）` : message.author,
        ' ', h('span', { class: 'meta' }, message.kindLabel)),
      h('p', { class: 'meta' }, h('time', { datetime: message.createdAt }, formatDateTime(message.createdAt))),
      h('p', { class: 'inquiry-message-text' }, message.text),
      message.attachments.length ? h('ul', { class: 'inquiry-files', 'aria-label': t('files') },
        message.attachments.map((file) => h('li', {}, h('a', {
          href: `${source.path}/attachments/${file.id}`, download: file.filename,
        }, file.filename), ` (${sizeText(file.size)})`))) : null)))),
    replyForm(source, inquiry, main),
    source.back ? h('p', {}, h('a', { href: source.back.href }, source.back.label)) : null);
  if (announcement) status.focus();
}

function replyForm(source, inquiry, main) {
  const reopening = inquiry.status === 'answered' || inquiry.status === 'closed';
  const form = h('form', { class: 'stack inquiry-form', novalidate: true, 'aria-labelledby': 'inquiry-reply',
    onsubmit: submit },
  h('h2', { id: 'inquiry-reply' }, t('reply')),
  h('div', { class: 'form-errors' }),
  reopening ? h('p', { class: 'meta' }, t('reopens')) : null,
  field({ id: 'reply-text', label: t('replyText'), required: true,
    control: h('textarea', { name: 'text', rows: 6, maxlength: 10000 }) }),
  field({ id: 'reply-attachments', label: t('attachments'), hint: t('filesHint'),
    control: h('input', { name: 'attachments', type: 'file', multiple: true, accept: FILE_TYPES }) }),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('send'))));

  async function submit(submitted) {
    submitted.preventDefault();
    clearErrors(form);
    const files = await readFiles(form.elements.attachments, FILE_LIMITS);
    if (!files) return;
    try {
      await api.send('POST', `${source.path}/messages`, {
        ...(source.kind ? { kind: source.kind } : {}), text: form.elements.text.value,
        attachments: files.attachments,
      });
      await renderCase(main, source, t('sent'));
    } catch (error) {
      if (!error.status) throw error;
      showErrors(form, error, { describe: files.describe });
    }
  }
  return form;
}
