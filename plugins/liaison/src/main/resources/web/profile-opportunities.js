/**
 * The section on an organization's profile page: the opportunities it publishes as intermediary, as far as the
 * reader may know of them. An organization without any renders nothing, and so there is no section.
 */
import { h, api, catalogue, listOf, address } from '/assets/kit/1/index.js';
import { API, SCREEN, card } from './common.js';

const t = await catalogue(import.meta.url, 'profile');

export async function render(section, portal, target) {
  const page = await api.get(`${API}/opportunities?${new URLSearchParams({ organization: target.organization,
    status: 'published', limit: 5 })}`);
  if (!page.total) return;
  section.append(listOf(page.items, card, { class: 'cards', label: t('title') }),
    page.total > page.items.length ? h('p', {}, h('a', { href: address(SCREEN, { organization: target.organization }) },
      t('all', { count: page.total })))
      : null);
}
