/**
 * The secretariat's review queue: the opportunities submitted for quality review, oldest waiting at the end; each
 * opens on the opportunity's screen, where the secretariat publishes it or returns it with a comment.
 */
import { h, replace, api, catalogue, listOf } from '/assets/kit/1/index.js';
import { API, card } from './common.js';

const t = await catalogue(import.meta.url, 'review');

export async function render(main) {
  const page = await api.get(`${API}/opportunities?status=submitted&limit=100`);
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')),
    h('p', { role: 'status' }, t('waiting', { count: page.total })),
    listOf(page.items, card, { empty: t('none'), class: 'cards', label: t('title') }));
}
