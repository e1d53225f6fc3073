import {
  h, replace, api, formatDateTime, catalogue, confirmDialog, act, showProblem, sizeText, badge, notify,
} from '/assets/kit/1/index.js';
import { isSecretariat, levelBadge, screen } from './desk-parts.js';
import { referralsSection, routeForm } from './desk-routing.js';
import { replyForm } from './desk-reply.js';
import { API, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

/**
 * One case as the secretariat and the receiving organizations' staff work it (`?ref=Q26-…`): what was asked and by
 * whom, the service levels, where it was routed (accept, hand back, assign, route or refer onward), the thread with
 * internal notes set apart from replies, the form to reply or note, and closing or reopening. Every action draws the
 * case again from the server's answer; a concurrent change (409) is said as such, with a button to reload.
 */
export async function render(main, portal) {
  inquiryStyles('desk');
  const { query } = portal;
  const reference = query.get('ref')?.trim();
  const back = h('p', {}, h('a', { href: screen('desk') }, t('backToQueue')));
  if (!reference) {
    replace(main, h('h1', {}, t('caseTitle')), h('p', {}, t('caseMissing')), back);
    return;
  }
  const box = h('div', { class: 'desk-notices' });
  const content = h('div', { class: 'desk-case' });
  const heading = h('h1', {}, t('caseTitle'));
  replace(main, heading, box, content, back);
  const base = `${API}/inquiries/${encodeURIComponent(reference)}`;

  const redraw = async () => {
    let inquiry;
    try {
      inquiry = await api.get(base);
    } catch (error) {
      if (error.status === 404) {
        replace(content, h('p', { role: 'alert' }, t('notFound')));
      } else {
        showProblem(box, error);
      }
      return;
    }
    replace(heading, inquiry.subject);
    const ctx = { user: portal.user, base, box, redraw, inquiry, navigate: portal.navigate };
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
function facts({ inquiry }) {
  const item = (term, ...value) => h('div', {}, h('dt', {}, term), h('dd', {}, ...value));
  const due = (at, level, target) => [at ? h('time', { datetime: at }, formatDateTime(at)) : t('noDue'), ' ',
    levelBadge(level, target)];
  return h('section', { 'aria-labelledby': 'desk-case-facts' },
    h('h2', { id: 'desk-case-facts', class: 'visually-hidden' }, t('caseTitle')),
    h('dl', { class: 'desk-facts desk-case-facts' },
      item(t('reference'), h('span', { class: 'desk-reference' }, inquiry.reference)),
      item(t('status'), badge('desk-status', inquiry.status, inquiry.statusLabel)),
      item(t('asker'), inquiry.askerName,
        inquiry.askerOrganization ? ` (${inquiry.askerOrganization})` : '',
        inquiry.askerEmail ? h('span', { class: 'desk-block meta' }, `${t('email')}: ${inquiry.askerEmail}`) : null),
      item(t('topic'), inquiry.topicLabel),
      item(t('region'), inquiry.regionLabel),
      item(t('language'), t(`languages.${inquiry.language}`)),
      item(t('asked'), h('time', { datetime: inquiry.createdAt }, formatDateTime(inquiry.createdAt))),
      item(t('firstResponseDue'), ...due(inquiry.firstResponseDue, inquiry.firstResponseState, t('firstResponse'))),
      item(t('resolutionDue'), ...due(inquiry.resolutionDue, inquiry.resolutionState, t('resolution')))));
}

/** @returns {HTMLElement} the thread: the question, replies, the asker's messages and internal notes, set apart */
function thread({ base, inquiry }) {
  return h('section', { 'aria-labelledby': 'desk-thread' },
    h('h2', { id: 'desk-thread' }, t('thread')),
    h('ol', { class: 'desk-thread' }, inquiry.messages.map((message) => {
      const note = message.kind === 'note';
      return h('li', { class: `desk-message desk-message-${message.kind}`, 'data-message': message.id,
        'data-kind': message.kind },
      h('p', { class: 'desk-message-head' },
        h('strong', { class: 'desk-message-kind' }, note ? t('internal') : message.kindLabel), ' ',
        h('span', { class: 'meta' }, [message.author, message.organization].filter(Boolean).join(' · '), ' · ',
          h('time', { datetime: message.createdAt }, formatDateTime(message.createdAt)))),
      h('div', { class: 'desk-message-text' }, message.text),
      message.attachments.length === 0 ? null : h('ul', { class: 'desk-files', 'aria-label': t('attachments') },
        message.attachments.map((file) => h('li', {}, h('a', {
          href: `${base}/attachments/${file.id}`, download: file.filename,
        }, t('download', { name: file.filename, size: sizeText(file.size) }))))));
    })));
}

/**
 * @returns {HTMLElement} closing an open case, reopening an answered or closed one, and — once answered or closed —
 *   writing an FAQ entry from it for the secretariat (the editor starts from the case's anonymised draft) and a
 *   support case of the coordinator exchange for a coordinator (its form starts from the same draft)
 */
function moves({ user, base, box, redraw, inquiry, navigate }) {
  const close = inquiry.status !== 'closed';
  const reopen = inquiry.status === 'closed' || inquiry.status === 'answered';
  return h('section', { class: 'desk-moves', 'aria-label': `${t('closeCase')} / ${t('reopen')}` },
    close ? h('button', { type: 'button', class: 'button secondary', 'data-move': 'close', onclick: async () => {
      if (!await confirmDialog(t('confirmClose'))) return;
      act(() => api.send('POST', `${base}/close`), { box, done: t('closed'), redraw });
    } }, t('closeCase')) : null,
    reopen ? h('button', { type: 'button', class: 'button secondary', 'data-move': 'reopen',
      onclick: () => act(() => api.send('POST', `${base}/reopen`), { box, done: t('reopened'), redraw }) },
    t('reopen')) : null,
    reopen && isSecretariat(user) ? h('a', { class: 'button secondary', 'data-move': 'faq',
      href: screen('faq-editor', { from: inquiry.reference }) }, t('faqFromCase')) : null,
    reopen && user?.roles?.includes('coordinator') ? h('button', { type: 'button', class: 'button secondary',
      'data-move': 'support-case', onclick: () => supportCase({ base, box, navigate }) }, t('supportCaseFromCase'))
      : null);
}

/** The key under which the coordinator exchange's case form takes over a draft (its `HANDED_DRAFT`). */
const HANDED_DRAFT = 'coordinators:case-draft';

/**
 * Hands the case's anonymised support-case draft to the coordinator exchange's new-case form, if that plugin is
 * installed (its screen is in the portal's navigation); says so otherwise.
 */
async function supportCase({ base, box, navigate }) {
  try {
    const entries = await api.get('/api/navigation');
    if (!entries.some((e) => e.plugin === 'coordinators' && e.key === 'cases')) {
      notify(box, t('noExchange'), { error: true });
      return;
    }
    sessionStorage.setItem(HANDED_DRAFT, JSON.stringify(await api.get(`${base}/support-case-draft`)));
    navigate('/p/coordinators/cases?new&draft=handed');
  } catch (error) {
    showProblem(box, error);
  }
}
