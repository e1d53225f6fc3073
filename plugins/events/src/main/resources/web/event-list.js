/**
 * The events everybody browses: upcoming or past ones as a list, or a month as a calendar (weeks start on Monday,
 * as calendars in Japan do; days are days in Japan, as the API's months are), narrowed by kind, region and
 * audience. The choices live in the address (?when=past, ?month=2026-12, ?kind=...), so every view can be linked.
 */
import {
  h, replace, api, pick, catalogue, formatTime, isoDay, locale, field, select, badge, filtersOf, formFilters,
  address as screenAddress,
} from '/assets/kit/1/index.js';
import {
  API, SCREENS, KINDS, AUDIENCES, whenElement, placeText, seatsText, eventHref, thisMonth, regions,
} from './common.js';

const t = await catalogue(import.meta.url, 'list');

const FILTERS = ['kind', 'region', 'audience'];
/** Monday to Sunday in the reader's language (1 January 2024 was a Monday). */
const WEEKDAY = new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' });
const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map((i) => WEEKDAY.format(new Date(Date.UTC(2024, 0, 1 + i))));

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

/** @returns {string} a month as the reader's language names it: 2026年12月 / December 2026 */
function monthName(year, month) {
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, 1)));
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
  const [year, monthNumber] = month.split('-').map(Number);
  const label = monthName(year, monthNumber);
  const shift = (delta) => {
    const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
    return { value: date.toISOString().slice(0, 7), label: monthName(date.getUTCFullYear(), date.getUTCMonth() + 1) };
  };
  const link = (target, key, rel) => {
    const linkParams = new URLSearchParams(filters);
    linkParams.set('month', target.value);
    return h('a', { href: address(linkParams), class: 'button secondary', rel }, t(key, { label: target.label }));
  };
  const previous = shift(-1);
  const next = shift(1);
  return h('section', { class: 'event-calendar', 'aria-labelledby': 'event-calendar-month' },
    h('div', { class: 'event-calendar-head' },
      link(previous, 'previous', 'prev'),
      h('h2', { id: 'event-calendar-month' }, label),
      link(next, 'next', 'next')),
    h('p', { class: 'meta' }, t('monthEvents', { count: events.length })),
    grid(year, monthNumber, events, label));
}

/** The month as a table: one row per week from Monday, today marked, each event on every day it spans. */
function grid(year, monthNumber, events, label) {
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, monthNumber - 1, 1)).getUTCDay() + 6) % 7;
  const today = isoDay(new Date(), 'Asia/Tokyo');
  const byDay = new Map();
  for (const event of events) {
    const first = isoDay(new Date(event.startsAt), 'Asia/Tokyo');
    const last = isoDay(new Date(new Date(event.endsAt).getTime() - 1), 'Asia/Tokyo');
    for (let day = first; day <= last && day.slice(0, 7) <= `${year}-${String(monthNumber).padStart(2, '0')}`;
      day = nextDay(day)) {
      if (!byDay.has(day)) byDay.set(day, []);
      byDay.get(day).push(event);
    }
  }
  const cells = [];
  for (let i = 0; i < lead; i += 1) cells.push(h('td', { class: 'event-day-outside' }));
  for (let d = 1; d <= days; d += 1) {
    const iso = `${year}-${String(monthNumber).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const todays = byDay.get(iso) ?? [];
    cells.push(h('td', {
      class: ['event-day', iso === today ? 'event-today' : '', todays.length ? 'event-day-busy' : '']
        .filter(Boolean).join(' '),
      'aria-current': iso === today ? 'date' : null,
    },
    h('span', { class: 'event-day-number' }, String(d),
      iso === today ? h('span', { class: 'visually-hidden' }, ` (${t('today')})`) : null),
    todays.length ? h('ul', { class: 'event-day-events' }, todays.map((event) => h('li', {},
      h('a', { href: eventHref(event.id), class: `event-day-link event-day-link-${event.status}` },
        h('span', { class: 'event-day-time' }, formatTime(event.startsAt)), ' ',
        h('span', { class: 'event-day-title' }, pick(event.title)))))) : null));
  }
  while (cells.length % 7 !== 0) cells.push(h('td', { class: 'event-day-outside' }));
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(h('tr', {}, cells.slice(i, i + 7)));
  return h('div', { class: 'event-calendar-scroll' },
    h('table', { class: 'event-month' },
      h('caption', { class: 'visually-hidden' }, label),
      h('thead', {}, h('tr', {}, WEEKDAYS.map((day, i) => h('th', {
        scope: 'col', class: i >= 5 ? 'event-weekend' : null,
      }, day)))),
      h('tbody', {}, weeks)));
}

function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
