/**
 * The notes section on an organization's profile page: for the organization's own people, how many open notes it
 * has and a link to them. On any other organization's page it renders nothing, and so there is no section.
 */
import { h, api, catalogue } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'profile');

export async function render(section, portal, target) {
  if (portal.user?.organization !== target.organization) return;
  const notes = await api.get('/api/plugins/notes/notes');
  section.append(h('p', {}, t('count', { count: notes.length })),
    h('p', {}, h('a', { href: '/p/notes/notes' }, t('open'))));
}
