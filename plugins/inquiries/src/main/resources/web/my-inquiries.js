/**
 * My inquiries (/p/inquiries/mine, logged-in members): the inquiries I asked while logged in, newest first, with
 * reference, status and last activity; ?ref=<reference> opens one as its asker sees it (GET /inquiries/{ref} gives
 * the asker's view to its asker), with the reply form of the track screen.
 */
import { API, SCREENS, useStyles, statusBadge, when } from './common.js';
import { renderCase } from './track.js';

const TEXT = {
  ja: {
    title: '自分の問い合わせ', lead: 'ログインして送った問い合わせと、その状況です。', none: 'まだ問い合わせはありません。',
    ask: '問い合わせる', reference: '受付番号', activity: '最終更新', all: '自分の問い合わせの一覧へ',
  },
  en: {
    title: 'My inquiries', lead: 'The inquiries you sent while logged in, and where they stand.',
    none: 'You have not asked anything yet.', ask: 'Ask the desk', reference: 'Reference', activity: 'Last activity',
    all: 'All my inquiries',
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
  const mine = await api.get(`${API}/mine`);
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead, ' ', h('a', { href: `${SCREENS}/ask` }, text.ask)),
    mine.length === 0 ? h('p', {}, text.none) : h('ul', { class: 'inquiry-list' }, mine.map((inquiry) => h('li', {
      'data-reference': inquiry.reference,
    },
    h('a', { href: `${SCREENS}/mine?ref=${encodeURIComponent(inquiry.reference)}` }, inquiry.subject),
    h('p', { class: 'meta' }, `${text.reference}: ${inquiry.reference} · ${inquiry.topicLabel}`),
    h('p', {}, statusBadge(portal, inquiry.status, inquiry.statusLabel), ' ',
      h('span', { class: 'meta' }, `${text.activity}: `,
        h('time', { datetime: inquiry.changedAt }, when(portal, inquiry.changedAt))))))));
}
