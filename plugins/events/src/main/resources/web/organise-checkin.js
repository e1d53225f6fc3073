import {
  h, replace, api, formatDateTime, catalogue, field, pick, searchForm, qrScanner,
} from '/assets/kit/1/index.js';
import { API } from './common.js';
import { organizationOf, screen } from './organise-parts.js';

const t = await catalogue(import.meta.url, 'organise');

/**
 * Check-in at the door, made for a phone (`?event=12&view=checkin[&code=...]`). The QR code of a confirmation
 * opens this address with the registrant's code: the page checks them in at once and shows who it is, big and
 * clear (or that they are checked in already, or not confirmed). Inside the page the camera scans with the
 * browser's own BarcodeDetector where there is one; a code can be typed, and people found by name checked in with
 * a button each. The counter shows checked in against confirmed.
 */
export async function render(main, portal) {
  const { query } = portal;
  const id = encodeURIComponent(query.get('event'));
  const event = await api.get(`${API}/events/${id}`);
  const counter = h('p', { class: 'organise-counter', 'aria-live': 'polite' });
  const outcome = h('div', { class: 'organise-checkin-outcome' });
  const people = h('ul', { class: 'organise-people', 'aria-live': 'polite' });
  const camera = await qrScanner({ param: 'code', onscan: (code) => checkIn({ code }) });

  const byCode = h('form', { class: 'organise-inline', novalidate: true, onsubmit: async (submit) => {
    submit.preventDefault();
    const code = byCode.elements.code.value.trim();
    if (!code) return;
    await checkIn({ code });
    byCode.reset();
  } },
  field({ id: 'checkin-code', label: t('code'), control: h('input', { name: 'code', autocomplete: 'off',
    autocapitalize: 'off', spellcheck: 'false' }) }),
  h('button', { type: 'submit', class: 'button' }, t('checkInByCode')));

  const byName = searchForm({ id: 'checkin-name', label: t('search'), button: t('searchButton'),
    class: 'organise-inline', onsearch: (typed) => findPeople(typed) });

  replace(main,
    h('p', {}, h('a', { href: screen({ event: event.id, view: 'registrations' }) }, t('registrations'))),
    h('h1', {}, t('checkinOf', { title: pick(event.title) })),
    counter,
    outcome,
    h('section', { 'aria-labelledby': 'scan-heading' }, h('h2', { id: 'scan-heading' }, t('byCode')), camera,
      byCode),
    h('section', { 'aria-labelledby': 'name-heading' }, h('h2', { id: 'name-heading' }, t('byName')), byName,
      people));
  const code = query.get('code');
  if (code) {
    history.replaceState(history.state, '', screen({ event: event.id, view: 'checkin' }));
    await checkIn({ code });
  } else {
    await count();
  }

  async function count() {
    const all = await api.get(`${API}/events/${id}/registrations`);
    const confirmed = all.filter((r) => r.status === 'confirmed');
    replace(counter, t('counter', {
      checkedIn: confirmed.filter((r) => r.checkedInAt).length, confirmed: confirmed.length,
    }));
  }

  async function checkIn(body) {
    let card;
    try {
      const registration = await api.send('POST', `${API}/events/${id}/check-ins`, body);
      const already = registration.alreadyCheckedIn === true;
      card = h('div', { class: `organise-checkin organise-checkin-${already ? 'again' : 'ok'}`, role: 'status',
        'data-outcome': already ? 'already' : 'checked-in', tabindex: '-1' },
      h('p', { class: 'organise-checkin-what' },
        already ? t('alreadyCheckedIn', { time: formatDateTime(registration.checkedInAt) }) : t('checkedInNow')),
      h('p', { class: 'organise-checkin-who' }, registration.name),
      organizationOf(registration) ? h('p', { class: 'organise-checkin-where' }, organizationOf(registration)) : null);
    } catch (error) {
      const refused = error.status === 409;
      card = h('div', { class: 'organise-checkin organise-checkin-refused', role: 'alert', tabindex: '-1',
        'data-outcome': refused ? 'not-confirmed' : 'unknown' },
      h('p', { class: 'organise-checkin-what' }, t('cannotCheckIn')),
      h('p', {}, refused ? error.message : error.status === 404 ? t('unknownCode') : error.message || t('failed')));
    }
    replace(outcome, card);
    card.focus();
    await count();
    const typed = byName.elements.q.value.trim();
    if (typed) await findPeople(typed);
  }

  async function findPeople(typed) {
    if (!typed) {
      replace(people);
      return;
    }
    const found = await api.get(`${API}/events/${id}/registrations?${new URLSearchParams({ q: typed })}`);
    replace(people, found.length === 0 ? h('li', {}, t('noMatch')) : found.map((r) => h('li', {
      class: 'organise-person', 'data-registration': r.id },
    h('span', { class: 'organise-person-name' }, r.name,
      h('span', { class: 'meta organise-block' }, [organizationOf(r), r.statusLabel].filter(Boolean).join(' · '))),
    r.checkedInAt ? h('span', { class: 'organise-person-done' },
      t('alreadyCheckedIn', { time: formatDateTime(r.checkedInAt) }))
      : r.status === 'confirmed' ? h('button', { type: 'button', class: 'button',
        onclick: () => checkIn({ registrationId: r.id }) }, t('checkInButton', { name: r.name }))
        : null)));
  }
}
