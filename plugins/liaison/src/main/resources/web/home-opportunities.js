/**
 * The home page's panel (PageSection.HOME) for members and overseas partners: published opportunities matching
 * what they follow, the newest first.
 */
import { h, api, catalogue, address, panelOf } from '/assets/kit/1/index.js';
import { API, SCREEN, textOf } from './common.js';

const t = await catalogue(import.meta.url, 'home');

export async function render(section) {
  const opportunities = await api.get(`${API}/opportunities/matching`);
  section.append(...panelOf(opportunities, (o) => h('li', { 'data-opportunity': o.id },
    h('p', { class: 'panel-item' }, h('a', { href: address(SCREEN, { id: o.id }) }, textOf(o.summary))),
    h('p', { class: 'meta' }, [o.kind.label, ...o.countries.map((c) => c.label)].join(' · '))),
  { empty: t('none'), more: { href: '/p/liaison/follows', label: t('follows') } }));
}
