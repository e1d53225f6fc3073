/**
 * The home page's panel (PageSection.HOME) for the desk's staff: the open inquiries assigned to the reader, those
 * whose service level is overdue or due soon first.
 */
import { h, api, catalogue, panelOf } from '/assets/kit/1/index.js';
import { API, SCREENS } from './common.js';

const t = await catalogue(import.meta.url, 'home');
const URGENT = ['overdue', 'due-soon'];

export async function render(section) {
  const open = (await api.get(`${API}/inquiries?assignee=me&limit=50`)).items
    .filter((inquiry) => inquiry.status !== 'closed');
  const urgency = (i) => (URGENT.includes(i.firstResponseState) || URGENT.includes(i.resolutionState) ? 0 : 1);
  open.sort((a, b) => urgency(a) - urgency(b));
  section.append(...panelOf(open, (inquiry) => h('li', { 'data-reference': inquiry.reference },
    h('p', { class: 'panel-item' }, h('a', { href: `${SCREENS}/desk-case?ref=${encodeURIComponent(inquiry.reference)}` },
      inquiry.subject)),
    h('p', { class: urgency(inquiry) === 0 ? 'meta danger' : 'meta' },
      `${inquiry.reference} · ${inquiry.statusLabel}${urgency(inquiry) === 0 ? ` · ${t('urgent')}` : ''}`)),
  { empty: t('noneAssigned'), more: { href: `${SCREENS}/desk?assignee=me`, label: t('desk') } }));
}
