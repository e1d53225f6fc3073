/** The home page's panel (PageSection.HOME) of the reader's own inquiries that are not closed; none: no panel. */
import { h, api, catalogue, panelOf } from '/assets/kit/1/index.js';
import { API, SCREENS, statusBadge } from './common.js';

const t = await catalogue(import.meta.url, 'home');

export async function render(section) {
  const open = (await api.get(`${API}/mine?limit=20`)).items.filter((inquiry) => inquiry.status !== 'closed');
  if (open.length === 0) return;
  section.append(...panelOf(open, (inquiry) => h('li', { 'data-reference': inquiry.reference },
    h('p', { class: 'panel-item' },
      h('a', { href: `${SCREENS}/mine?ref=${encodeURIComponent(inquiry.reference)}` }, inquiry.subject)),
    h('p', { class: 'meta' }, statusBadge(inquiry.status, inquiry.statusLabel), ` ${inquiry.reference}`)),
  { empty: t('none'), more: { href: `${SCREENS}/mine`, label: t('mine') } }));
}
