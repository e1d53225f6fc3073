/** The home page's panel (PageSection.HOME): the next events meant for the reader, soonest first. */
import { h, api, catalogue, pick, panelOf } from '/assets/kit/1/index.js';
import { API, SCREENS, whenElement, eventHref } from './common.js';

const t = await catalogue(import.meta.url, 'home');

export async function render(section) {
  const events = await api.get(`${API}/events?limit=5`);
  section.append(...panelOf(events, (event) => h('li', { 'data-event': event.id },
    h('p', { class: 'panel-item' }, h('a', { href: eventHref(event.id) }, pick(event.title))),
    h('p', { class: 'meta' }, whenElement(event))),
  { empty: t('none'), more: { href: `${SCREENS}/events`, label: t('all') } }));
}
