import { words } from './desk-text.js';
import { API, act, isSecretariat, levelBadge, screen, showProblem, sizeText, useStyles } from './desk-parts.js';
import { referralsSection, routeForm } from './desk-routing.js';
import { replyForm } from './desk-reply.js';

/**
 * One case as the secretariat and the receiving organizations' staff work it (`?ref=Q26-…`): what was asked and by
 * whom, the service levels, where it was routed (accept, hand back, assign, route or refer onward), the thread with
 * internal notes set apart from replies, the form to reply or note, and closing or reopening. Every action draws the
 * case again from the server's answer; a concurrent change (409) is said as such, with a button to reload.
 */
export async function render(main, portal) {
  useStyles();
  const { h, replace, query } = portal;
  const text = words(portal.language);
  const reference = query.get('ref')?.trim();
  const back = h('p', {}, h('a', { href: screen('desk') }, text.backToQueue));
  if (!reference) {
    replace(main, h('h1', {}, text.caseTitle), h('p', {}, text.caseMissing), back);
    return;
  }
  const box = h('div', { class: 'desk-notices' });
  const content = h('div', { class: 'desk-case' });
  const heading = h('h1', {}, text.caseTitle);
  replace(main, heading, box, content, back);
  const base = `${API}/inquiries/${encodeURIComponent(reference)}`;

  const redraw = async () => {
    let inquiry;
    try {
      inquiry = await portal.api.get(base);
    } catch (error) {
      if (error.status === 404) {
        replace(content, h('p', { role: 'alert' }, text.notFound));
      } else {
        showProblem(portal, box, error);
      }
      return;
    }
    replace(heading, inquiry.subject);
    const ctx = { portal, text, base, box, redraw, inquiry };
    replace(content,
      facts(ctx),
      await referralsSection(ctx),
      await routeForm(ctx),
      thread(ctx),
      inquiry.status === 'closed' ? null : await replyForm(ctx),
      moves(ctx));
  };
  await redraw();
}

/** @returns {HTMLElement} what was asked, by whom, and the service levels */
function facts({ portal, text, inquiry }) {
  const { h, format } = portal;
  const item = (term, ...value) => h('div', {}, h('dt', {}, term), h('dd', {}, ...value));
  const due = (at, level, target) => [at ? h('time', { datetime: at }, format.formatDateTime(at)) : text.noDue, ' ',
    levelBadge(portal, level, target)];
  return h('section', { 'aria-labelledby': 'desk-case-facts' },
    h('h2', { id: 'desk-case-facts', class: 'visually-hidden' }, text.caseTitle),
    h('dl', { class: 'desk-facts desk-case-facts' },
      item(text.reference, h('span', { class: 'desk-reference' }, inquiry.reference)),
      item(text.status, h('span', { class: `desk-status desk-status-${inquiry.status}` }, inquiry.statusLabel)),
      item(text.asker, inquiry.askerName,
        inquiry.askerOrganization ? ` (${inquiry.askerOrganization})` : '',
        inquiry.askerEmail ? h('span', { class: 'desk-block meta' }, `${text.email}: ${inquiry.askerEmail}`) : null),
      item(text.topic, inquiry.topicLabel),
      item(text.region, inquiry.regionLabel),
      item(text.language, text.languages[inquiry.language] ?? inquiry.language),
      item(text.asked, h('time', { datetime: inquiry.createdAt }, format.formatDateTime(inquiry.createdAt))),
      item(text.firstResponseDue, ...due(inquiry.firstResponseDue, inquiry.firstResponseState, text.firstResponse)),
      item(text.resolutionDue, ...due(inquiry.resolutionDue, inquiry.resolutionState, text.resolution))));
}

/** @returns {HTMLElement} the thread: the question, replies, the asker's messages and internal notes, set apart */
function thread({ portal, text, base, inquiry }) {
  const { h, format } = portal;
  return h('section', { 'aria-labelledby': 'desk-thread' },
    h('h2', { id: 'desk-thread' }, text.thread),
    h('ol', { class: 'desk-thread' }, inquiry.messages.map((message) => {
      const note = message.kind === 'note';
      return h('li', { class: `desk-message desk-message-${message.kind}`, 'data-message': message.id,
        'data-kind': message.kind },
      h('p', { class: 'desk-message-head' },
        h('strong', { class: 'desk-message-kind' }, note ? text.internal : message.kindLabel), ' ',
        h('span', { class: 'meta' }, [message.author, message.organization].filter(Boolean).join(' · '), ' · ',
          h('time', { datetime: message.createdAt }, format.formatDateTime(message.createdAt)))),
      h('div', { class: 'desk-message-text' }, message.text),
      message.attachments.length === 0 ? null : h('ul', { class: 'desk-files', 'aria-label': text.attachments },
        message.attachments.map((file) => h('li', {}, h('a', {
          href: `${base}/attachments/${file.id}`, download: file.filename,
        }, text.download(file.filename, sizeText(file.size)))))));
    })));
}

/**
 * @returns {HTMLElement} closing an open case, reopening an answered or closed one, and — for the secretariat, once
 *   answered or closed — writing an FAQ entry from it (the editor starts from the case's anonymised draft)
 */
function moves({ portal, text, base, box, redraw, inquiry }) {
  const { h, api } = portal;
  const close = inquiry.status !== 'closed';
  const reopen = inquiry.status === 'closed' || inquiry.status === 'answered';
  return h('section', { class: 'desk-moves', 'aria-label': `${text.closeCase} / ${text.reopen}` },
    close ? h('button', { type: 'button', class: 'button secondary', 'data-move': 'close', onclick: () => {
      if (!window.confirm(text.confirmClose)) return;
      act(portal, () => api.send('POST', `${base}/close`), { box, done: text.closed, redraw });
    } }, text.closeCase) : null,
    reopen ? h('button', { type: 'button', class: 'button secondary', 'data-move': 'reopen',
      onclick: () => act(portal, () => api.send('POST', `${base}/reopen`), { box, done: text.reopened, redraw }) },
    text.reopen) : null,
    reopen && isSecretariat(portal) ? h('a', { class: 'button secondary', 'data-move': 'faq',
      href: screen('faq-editor', { from: inquiry.reference }) }, text.faqFromCase) : null);
}
