/**
 * My inquiries (/p/inquiries/mine, logged-in members): the inquiries I asked while logged in, newest first, with
 * reference, status and last activity, 50 a page (?offset=); ?ref=<reference> opens one as its asker sees it
 * (GET /inquiries/{ref} gives the asker's view to its asker), with the reply form of the track screen.
 */
import { API, SCREENS, useStyles, statusBadge, when } from './common.js';
import { renderCase } from './track.js';

/** How many inquiries a page lists. */
const PAGE = 50;

const TEXT = {
  ja: {
    title: '自分の問い合わせ', lead: 'ログインして送った問い合わせと、その状況です。', none: 'まだ問い合わせはありません。',
    ask: '問い合わせる', reference: '受付番号', activity: '最終更新', all: '自分の問い合わせの一覧へ',
    pages: 'ページ', previous: '新しいもの', next: '以前のもの', shown: (from, to, total) => `${total} 件中 ${from}–${to} 件目`,
  },
  en: {
    title: 'My inquiries', lead: 'The inquiries you sent while logged in, and where they stand.',
    none: 'You have not asked anything yet.', ask: 'Ask the desk', reference: 'Reference', activity: 'Last activity',
    all: 'All my inquiries', pages: 'Pages', previous: 'Newer', next: 'Older',
    shown: (from, to, total) => `${from}–${to} of ${total}`,
  },
};

export async function render(main, portal) {
  useStyles();
  const { h, replace, api, query } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const reference = query.get('ref');
  if (reference) {
    await renderCase(main, portal, {
      path: `${API}/inquiries/${encodeURIComponent(reference)}`, kind: 'asker',
      back: { href: `${SCREENS}/mine`, label: text.all },
    });
    return;
  }
  const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
  const page = await api.get(`${API}/mine?offset=${offset}&limit=${PAGE}`);
  const mine = page.items;
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead, ' ', h('a', { href: `${SCREENS}/ask` }, text.ask)),
    mine.length === 0 ? h('p', {}, text.none) : h('p', { class: 'meta' },
      text.shown(offset + 1, offset + mine.length, page.total)),
    mine.length === 0 ? null : h('ul', { class: 'inquiry-list' }, mine.map((inquiry) => h('li', {
      'data-reference': inquiry.reference,
    },
    h('a', { href: `${SCREENS}/mine?ref=${encodeURIComponent(inquiry.reference)}` }, inquiry.subject),
    h('p', { class: 'meta' }, `${text.reference}: ${inquiry.reference} · ${inquiry.topicLabel}`),
    h('p', {}, statusBadge(portal, inquiry.status, inquiry.statusLabel), ' ',
      h('span', { class: 'meta' }, `${text.activity}: `,
        h('time', { datetime: inquiry.changedAt }, when(portal, inquiry.changedAt))))))),
    pager(portal, text, offset, page));
}

/** @returns {HTMLElement|null} links to newer and older pages */
function pager({ h }, text, offset, page) {
  const at = (from) => `${SCREENS}/mine${from > 0 ? `?offset=${from}` : ''}`;
  const previous = offset > 0 ? h('a', { href: at(Math.max(0, offset - PAGE)), rel: 'prev' }, text.previous) : null;
  const next = offset + page.items.length < page.total ? h('a', { href: at(offset + PAGE), rel: 'next' }, text.next)
    : null;
  if (!previous && !next) return null;
  return h('nav', { class: 'inquiry-pager', 'aria-label': text.pages }, previous, ' ', next);
}
