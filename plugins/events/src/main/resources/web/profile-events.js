/**
 * The section on an organization's profile page: its upcoming events (those the reader may see), soonest first.
 * An organization with none gets no section.
 */
import { h, api, catalogue, pick } from '/assets/kit/1/index.js';
import { API, SCREENS, eventStyles, whenElement, placeText, eventHref } from './common.js';

const t = await catalogue(import.meta.url, 'profile');

const SHOWN = 5;

export async function render(section, portal, target) {
  const events = await api.get(`${API}/events?organiser=${encodeURIComponent(target.organization)}&limit=${SHOWN}`);
  if (events.length === 0) return;
  eventStyles();
  section.append(
    h('ul', { class: 'event-profile-list' }, events.map((event) => h('li', { 'data-event': event.id },
      h('a', { href: eventHref(event.id) }, pick(event.title)), h('br'),
      h('span', { class: 'meta' }, whenElement(event),
        placeText(event) ? ` · ${placeText(event)}` : '')))),
    h('p', {}, h('a', { href: `${SCREENS}/events` }, t('all'))));
}
