/**
 * My inquiries (/p/inquiries/mine, logged-in members): the inquiries I asked while logged in, newest first, with
 * reference, status and last activity, 50 a page (?offset=); ?ref=<reference> opens one as its asker sees it
 * (GET /inquiries/{ref} gives the asker's view to its asker), with the reply form of the track screen.
 */

import { h, replace, api, catalogue, formatDateTime, listOf, offsetOf, pager } from '/assets/kit/1/index.js';
import { API, SCREENS, statusBadge, inquiryStyles } from './common.js';
import { renderCase } from './track.js';

const t = await catalogue(import.meta.url, 'mine');

/** How many inquiries a page lists. */
const PAGE = 50;

export async function render(main, portal) {
  inquiryStyles();
  const { query } = portal;
  const reference = query.get('ref');
  if (reference) {
    await renderCase(main, {
      path: `${API}/inquiries/${encodeURIComponent(reference)}`, kind: 'asker',
      back: { href: `${SCREENS}/mine`, label: t('all') },
    });
    return;
  }
  const offset = offsetOf(query);
  const page = await api.get(`${API}/mine?offset=${offset}&limit=${PAGE}`);
  const mine = page.items;
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead'), ' ', h('a', { href: `${SCREENS}/ask` }, t('ask'))),
    mine.length === 0 ? null : h('p', { class: 'meta' },
      t('shown', { from: offset + 1, to: offset + mine.length, total: page.total })),
    listOf(mine, (inquiry) => h('li', { 'data-reference': inquiry.reference },
      h('a', { href: `${SCREENS}/mine?ref=${encodeURIComponent(inquiry.reference)}` }, inquiry.subject),
      h('p', { class: 'meta' }, `${t('reference')}: ${inquiry.reference} · ${inquiry.topicLabel}`),
      h('p', {}, statusBadge(inquiry.status, inquiry.statusLabel), ' ',
        h('span', { class: 'meta' }, `${t('activity')}: `,
          h('time', { datetime: inquiry.changedAt }, formatDateTime(inquiry.changedAt))))),
    { empty: t('none'), class: 'inquiry-list', emptyClass: null }),
    pager({
      offset, limit: PAGE, shown: mine.length, total: page.total, class: 'inquiry-pager',
      href: (from) => `${SCREENS}/mine${from > 0 ? `?offset=${from}` : ''}`,
      label: t('pages'), previous: t('previous'), next: t('next'),
    }));
}
