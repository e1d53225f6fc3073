import { API, common, pick, useStyles } from './common.js';
import { words } from './organise-text.js';
import { screen } from './organise-parts.js';

/**
 * The organisers' screen (secretariat, member administrators and staff): the events they may run, drafts included.
 * Its sub-screens are chosen by the query: `?new` and `?edit=12` (the event form), `?event=12&view=registrations`,
 * `view=checkin` (at the door; `&code=` checks in, as the QR code in the confirmation opens it) and `view=report`.
 */
export async function render(main, portal) {
  useStyles('organise');
  const { query } = portal;
  const view = query.get('view');
  if (query.has('new') || query.has('edit')) {
    return (await import('./organise-form.js')).render(main, portal);
  }
  if (query.has('event') && view === 'registrations') {
    return (await import('./organise-registrations.js')).render(main, portal);
  }
  if (query.has('event') && view === 'checkin') {
    return (await import('./organise-checkin.js')).render(main, portal);
  }
  if (query.has('event') && view === 'report') {
    return (await import('./organise-report.js')).render(main, portal);
  }
  return list(main, portal);
}

async function list(main, portal) {
  const { h, replace, api, format, query } = portal;
  const text = words(portal.language);
  const { waitingCount } = common(portal);
  const past = query.get('when') === 'past';
  const events = await mine(portal, past);
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: screen({ new: '' }) }, text.create),
      h('a', { href: screen(past ? {} : { when: 'past' }) }, past ? text.showUpcoming : text.showPast)),
    h('h2', { id: 'organise-list-heading' }, past ? text.past : text.upcoming),
    events.length === 0 ? h('p', {}, text.none)
      : h('ul', { class: 'organise-events', 'aria-labelledby': 'organise-list-heading' }, events.map((event) =>
        h('li', { class: 'card', 'data-event': event.id },
          h('h3', {}, h('a', { href: screen({ edit: event.id }) }, pick(portal, event.title))),
          h('p', { class: 'meta' }, `${format.formatDateTime(event.startsAt)} · ${event.kindLabel}`),
          h('p', {}, h('span', { class: `organise-status organise-status-${event.status}` }, event.statusLabel),
            ' ', text.seatsOf(event.confirmed, event.capacity),
            event.waiting > 0 ? `, ${waitingCount(event.waiting)}` : ''),
          h('ul', { class: 'organise-links', 'aria-label': pick(portal, event.title) },
            h('li', {}, h('a', { href: screen({ edit: event.id }) }, text.edit)),
            h('li', {}, h('a', { href: screen({ event: event.id, view: 'registrations' }) }, text.registrations)),
            h('li', {}, h('a', { href: screen({ event: event.id, view: 'checkin' }) }, text.checkin)),
            h('li', {}, h('a', { href: screen({ event: event.id, view: 'report' }) }, text.report)))))));
}

/**
 * @returns {Promise<object[]>} the events the caller may run, drafts included: the secretariat's every event,
 *   member administrators' and staff's their organization's (none without an organization)
 */
async function mine({ api, user }, past) {
  const params = new URLSearchParams({ when: past ? 'past' : 'upcoming', limit: '200' });
  if (!user.roles.includes('secretariat')) {
    if (!user.organization) return [];
    params.set('organiser', user.organization);
  }
  return api.get(`${API}/events?${params}`);
}
