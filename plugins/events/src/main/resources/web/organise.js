import { h, replace, api, formatDateTime, catalogue, pick } from '/assets/kit/1/index.js';
import { API, eventStyles } from './common.js';
import { screen, seatsOverview } from './organise-parts.js';

const t = await catalogue(import.meta.url, 'organise');

/**
 * The organisers' screen (secretariat, member administrators and staff): the events they may run, drafts included.
 * Its sub-screens are chosen by the query: `?new` and `?edit=12` (the event form), `?event=12&view=registrations`,
 * `view=checkin` (at the door; `&code=` checks in, as the QR code in the confirmation opens it) and `view=report`.
 */
export async function render(main, portal) {
  eventStyles('organise');
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
  const { query } = portal;
  const past = query.get('when') === 'past';
  const events = await mine(portal.user, past);
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead')),
    h('p', { class: 'actions' },
      h('a', { class: 'button', href: screen({ new: '' }) }, t('create')),
      h('a', { href: screen(past ? {} : { when: 'past' }) }, past ? t('showUpcoming') : t('showPast'))),
    h('h2', { id: 'organise-list-heading' }, past ? t('past') : t('upcoming')),
    events.length === 0 ? h('p', {}, t('none'))
      : h('ul', { class: 'organise-events', 'aria-labelledby': 'organise-list-heading' }, events.map((event) =>
        h('li', { class: 'card', 'data-event': event.id },
          h('h3', {}, h('a', { href: screen({ edit: event.id }) }, pick(event.title))),
          h('p', { class: 'meta' }, `${formatDateTime(event.startsAt)} · ${event.kindLabel}`),
          h('p', {}, seatsOverview(event)),
          h('ul', { class: 'organise-links', 'aria-label': pick(event.title) },
            h('li', {}, h('a', { href: screen({ edit: event.id }) }, t('edit'))),
            h('li', {}, h('a', { href: screen({ event: event.id, view: 'registrations' }) }, t('registrations'))),
            h('li', {}, h('a', { href: screen({ event: event.id, view: 'checkin' }) }, t('checkin'))),
            h('li', {}, h('a', { href: screen({ event: event.id, view: 'report' }) }, t('report'))))))));
}

/**
 * @returns {Promise<object[]>} the events the caller may run, drafts included: the secretariat's every event,
 *   member administrators' and staff's their organization's (none without an organization)
 */
async function mine(user, past) {
  const params = new URLSearchParams({ when: past ? 'past' : 'upcoming', limit: '200' });
  if (!user.roles.includes('secretariat')) {
    if (!user.organization) return [];
    params.set('organiser', user.organization);
  }
  return api.get(`${API}/events?${params}`);
}
