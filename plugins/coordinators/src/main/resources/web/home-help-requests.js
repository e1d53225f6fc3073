/**
 * The home page's panel (PageSection.HOME) for coordinators: open help requests matching their profile that they
 * have not offered on, the nearest deadline first.
 */
import { h, api, catalogue, address, panelOf, formatDate } from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'homeHelp');

export async function render(section) {
  const requests = await api.get(`${API}/help-requests/matching`);
  section.append(...panelOf(requests, (request) => h('li', { 'data-help-request': request.id },
    h('p', { class: 'panel-item' },
      h('a', { href: address('/p/coordinators/help-requests', { id: request.id }) }, request.title)),
    h('p', { class: 'meta' }, [request.kind.label, t('deadline', { day: formatDate(request.deadline) }),
      request.region.label, ...request.fields.map((f) => f.label)].join(' · '))),
  { empty: t('none'), more: { href: address('/p/coordinators/help-requests', { status: 'open' }), label: t('all') } }));
}
