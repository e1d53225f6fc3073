/**
 * The events everybody browses: upcoming or past ones as a list, or a month as a calendar (weeks start on Monday,
 * as calendars in Japan do; days are days in Japan, as the API's months are), narrowed by kind, region and
 * audience. The choices live in the address (?when=past, ?month=2026-12, ?kind=...), so every view can be linked.
 */
import {
  h, replace, api, pick, catalogue, formatTime, field, select, badge, filtersOf, formFilters, monthCalendar, monthName,
  shiftMonth, address as screenAddress,
} from '/assets/kit/1/index.js';
import {
  API, SCREENS, KINDS, AUDIENCES, whenElement, placeText, seatsText, eventHref, thisMonth, regions,
} from './common.js';

const t = await catalogue(import.meta.url, 'list');

const FILTERS = ['kind', 'region', 'audience'];

export async function render(main, portal) {
  const { query } = portal;
  const month = /^\d{4}-\d{2}$/.test(query.get('month') ?? '') ? query.get('month') : null;
  const view = month ? 'calendar' : (query.get('when') === 'past' ? 'past' : 'upcoming');
  const filters = filtersOf(query, FILTERS);

  const content = view === 'calendar'
    ? await calendar(month, filters)
    : await list(view, filters);
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead')),
    portal.user ? h('p', {}, h('a', { href: `${SCREENS}/my-events` }, t('mine'))) : null,
    views(view, filters),
    filterForm(portal, view, month, filters),
    content);
}

function address(params) {
  return screenAddress(`${SCREENS}/events`, params);
}

function views(current, filters) {
  const link = (view, label, extra) => {
    const params = new URLSearchParams(filters);
    Object.entries(extra).forEach(([k, v]) => params.set(k, v));
    return h('li', {}, h('a', { href: address(params), 'aria-current': current === view ? 'page' : null }, label));
  };
  return h('nav', { class: 'event-views', 'aria-label': t('views') },
    h('ul', {}, link('upcoming', t('upcoming'), {}), link('past', t('past'), { when: 'past' }),
      link('calendar', t('calendar'), { month: thisMonth() })));
}

function filterForm(portal, view, month, filters) {
  const filter = (name, items) => field({ id: `event-filter-${name}`, label: t(name),
    control: select({ name, items, selected: filters.get(name), none: t('any') }) });
  const form = h('form', { class: 'filters event-filters', role: 'search', 'aria-label': t('filters'), onsubmit },
    filter('kind', t.named('kinds', KINDS)), filter('region', regions.items),
    filter('audience', t.named('audiences', AUDIENCES)),
    h('div', {}, h('button', { type: 'submit', class: 'button' }, t('apply'))));

  function onsubmit(event) {
    event.preventDefault();
    const params = new URLSearchParams({ ...(view === 'past' ? { when: 'past' } : {}), ...(month ? { month } : {}) });
    formFilters(form, FILTERS).forEach((value, name) => params.set(name, value));
    portal.navigate(address(params));
  }
  return form;
}

async function list(view, filters) {
  const params = new URLSearchParams(filters);
  if (view === 'past') params.set('when', 'past');
  const events = await api.get(`${API}/events?${params}`);
  if (events.length === 0) return h('p', { class: 'event-none' }, t('none'));
  return h('ul', { class: 'cards event-cards' }, events.map(card));
}

/** @returns {HTMLElement} an event as a card of the list */
function card(event) {
  return h('li', { class: 'card event-card', 'data-event': event.id },
    h('p', { class: 'event-kind' }, event.kindLabel || t(`kinds.${event.kind}`),
      event.status !== 'published' ? badge('event-badge', event.status,
        event.statusLabel || t(`eventStatuses.${event.status}`)) : null),
    h('h2', { class: 'card-title' }, h('a', { href: eventHref(event.id) }, pick(event.title))),
    h('p', { class: 'event-card-when' }, whenElement(event)),
    placeText(event) ? h('p', { class: 'meta' }, placeText(event)) : null,
    h('p', { class: 'meta' }, event.audience?.label || (event.audience ? t(`audiences.${event.audience.kind}`) : ''),
      event.status === 'published' ? ` · ${seatsText(event)}` : ''));
}

async function calendar(month, filters) {
  const params = new URLSearchParams(filters);
  params.set('month', month);
  params.set('limit', '200');
  const past = new URLSearchParams(params);
  past.set('when', 'past');
  const [upcoming, ended] = await Promise.all([api.get(`${API}/events?${params}`), api.get(`${API}/events?${past}`)]);
  const events = [...ended, ...upcoming].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
  const link = (delta, key, rel) => {
    const linkParams = new URLSearchParams(filters);
    linkParams.set('month', shiftMonth(month, delta));
    return h('a', { href: address(linkParams), class: 'button secondary', rel },
      t(key, { label: monthName(shiftMonth(month, delta)) }));
  };
  return h('section', { class: 'event-calendar', 'aria-labelledby': 'event-calendar-month' },
    h('div', { class: 'event-calendar-head' },
      link(-1, 'previous', 'prev'),
      h('h2', { id: 'event-calendar-month' }, monthName(month)),
      link(1, 'next', 'next')),
    h('p', { class: 'meta' }, t('monthEvents', { count: events.length })),
    monthCalendar({ month, items: events, class: 'event-month', span: (event) => [event.startsAt, event.endsAt],
      entry: (event) => h('a', { href: eventHref(event.id), class: `event-day-link event-day-link-${event.status}` },
        h('span', { class: 'event-day-time' }, formatTime(event.startsAt)), ' ',
        h('span', { class: 'event-day-title' }, pick(event.title))) }));
}
