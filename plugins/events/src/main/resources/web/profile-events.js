/**
 * The section on an organization's profile page: its upcoming events (those the reader may see), soonest first.
 * An organization with none gets no section.
 */
import { API, SCREENS, pick, useStyles, whenElement, placeText, eventHref } from './common.js';

const TEXT = {
  ja: { all: 'すべてのイベント' },
  en: { all: 'All events' },
};
const SHOWN = 5;

export async function render(section, portal, target) {
  const { h, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const events = await api.get(`${API}/events?organiser=${encodeURIComponent(target.organization)}&limit=${SHOWN}`);
  if (events.length === 0) return;
  useStyles();
  section.append(
    h('ul', { class: 'event-profile-list' }, events.map((event) => h('li', { 'data-event': event.id },
      h('a', { href: eventHref(event.id) }, pick(portal, event.title)), h('br'),
      h('span', { class: 'meta' }, whenElement(portal, event),
        placeText(portal, event) ? ` · ${placeText(portal, event)}` : '')))),
    h('p', {}, h('a', { href: `${SCREENS}/events` }, text.all)));
}
