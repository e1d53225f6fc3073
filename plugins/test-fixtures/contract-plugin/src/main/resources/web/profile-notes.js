/**
 * The contract fixture's section on an organization's profile page (a test plugin): to the organization's own
 * people, how many notes they share and where to read them. Nothing (and so no section) on other organizations'
 * pages.
 */
import { h, api, catalogue } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'profile');

export async function render(section, portal, target) {
  if (!portal.user || portal.user.organization !== target.organization) return;
  const notes = await api.get('/api/plugins/contract/notes');
  section.append(h('p', {}, t('count', { count: notes.length })),
    h('p', {}, h('a', { href: '/p/contract/notes' }, t('open'))));
}
