/**
 * My events (/p/events/my-events, logged-in people): the events I registered for, upcoming and past, with where my
 * registration stands, the check-in QR code, the follow-up form after the event — and my personal calendar feed,
 * the address a calendar program subscribes to (copy it; renew it when it got out, which stops the old one).
 */
import { h, replace, api, formatDate, catalogue, pick, readerZone, confirmDialog } from '/assets/kit/1/index.js';
import { API, SCREENS, eventStyles, whenElement, placeText, eventHref, statusBadge } from './common.js';

const t = await catalogue(import.meta.url, 'myEvents');

export async function render(main) {
  eventStyles();
  const [upcoming, past] = await Promise.all([
    api.get(`${API}/events?registered=me&limit=200`),
    api.get(`${API}/events?registered=me&when=past&limit=50`),
  ]);
  const registrations = new Map(await Promise.all([...upcoming, ...past].map(async (event) => [event.id,
    await api.find(`${API}/events/${event.id}/registration`)])));
  const group = (id, title, events, ended) => h('section', { 'aria-labelledby': id },
    h('h2', { id }, title),
    events.length === 0 ? h('p', {}, t('none')) : h('ul', { class: 'cards event-cards' },
      events.map((event) => card(event, registrations.get(event.id), ended))));
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead'), ' ', h('a', { href: `${SCREENS}/events` }, t('browse'))),
    group('my-events-upcoming', t('upcoming'), upcoming, false),
    group('my-events-past', t('past'), past, true),
    await feed());
}

function card(event, registration, ended) {
  return h('li', { class: 'card event-card', 'data-event': event.id },
    h('h3', { class: 'card-title' }, h('a', { href: eventHref(event.id) }, pick(event.title))),
    h('p', { class: 'event-card-when' }, whenElement(event)),
    placeText(event) ? h('p', { class: 'meta' }, placeText(event)) : null,
    registration ? h('p', { class: 'event-mine' }, statusBadge(registration.status, registration.statusLabel),
      registration.status === 'waiting' && registration.waitingPosition
        ? ` ${t('waitingPosition', { n: registration.waitingPosition })}` : '') : null,
    event.status === 'cancelled' ? h('p', { class: 'danger' }, event.statusLabel) : null,
    registration?.status === 'confirmed' && !ended && event.status !== 'cancelled' && registration.checkInCode
      ? h('img', {
        class: 'event-qr', src: `${API}/events/${event.id}/registration/qr.png`,
        alt: `${t('qrAlt')}: ${pick(event.title)}`, width: 160, height: 160, loading: 'lazy',
      }) : null,
    registration?.status === 'confirmed' && ended ? h('p', {}, h('a', {
      href: eventHref(event.id, '&view=follow-up'),
    }, t('followUp'))) : null);
}

async function feed() {
  const section = h('section', { class: 'event-feed', 'aria-labelledby': 'my-events-feed' });
  const heading = h('h2', { id: 'my-events-feed' }, t('feed'));
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' });
  let current;
  try {
    current = await api.get(`${API}/calendar-feed`);
  } catch (error) {
    if (!error.status) throw error;
    replace(section, heading, h('p', {}, t('feedUnavailable')));
    return section;
  }
  const body = h('div', {});
  replace(section, heading, h('p', {}, t('feedLead')), body, status);
  show(current);
  return section;

  /** The address is only given when it is made (the server keeps its hash): shown then, else when it was made. */
  function show(feedView) {
    const renewButton = h('button', { type: 'button', class: 'button secondary', onclick: renew }, t('renew'));
    if (!feedView.url) {
      replace(body, h('p', {}, t('feedMade', { day: formatDate(feedView.issuedAt, readerZone()) })),
        h('p', { class: 'event-actions' }, renewButton));
      return;
    }
    const address = h('input', {
      id: 'my-events-feed-url', type: 'url', readonly: true, value: feedView.url, class: 'event-feed-url',
    });
    replace(body, h('div', { class: 'field' },
      h('label', { for: 'my-events-feed-url' }, t('feedUrl')), address),
    h('p', { class: 'meta' }, t('feedOnce')),
    h('p', { class: 'event-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => copy(address) }, t('copy')), renewButton));
  }

  async function copy(address) {
    address.select();
    try {
      await navigator.clipboard.writeText(address.value);
      replace(status, t('copied'));
    } catch {
      // without clipboard access (e.g. plain http) the address stays selected for the reader to copy
    }
  }

  async function renew() {
    if (!await confirmDialog(t('renewConfirm'))) return;
    try {
      show(await api.send('POST', `${API}/calendar-feed/renew`, {}));
      replace(status, t('renewed'));
    } catch (error) {
      if (!error.status) throw error;
      replace(status, h('span', { class: 'danger' }, error.message));
    }
    status.focus();
  }
}
