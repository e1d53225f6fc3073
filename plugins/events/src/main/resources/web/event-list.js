/**
 * The events everybody browses: upcoming or past ones as a list, or a month as a calendar (weeks start on Monday,
 * as calendars in Japan do; days are days in Japan, as the API's months are), narrowed by kind, region and
 * audience. The choices live in the address (?when=past, ?month=2026-12, ?kind=...), so every view can be linked.
 */
import {
  API, SCREENS, common, pick, whenElement, placeText, seatsText, eventHref, isoDay, thisMonth,
} from './common.js';

const TEXT = {
  ja: {
    title: 'イベント', lead: 'ネットワークのセミナー、交流会、マッチングフェアなど。',
    views: '表示', upcoming: '開催予定', past: '過去のイベント', calendar: 'カレンダー',
    filters: '絞り込み', kind: '種類', region: '地域', audience: '対象', any: 'すべて', apply: '絞り込む',
    none: '該当するイベントはありません。', mine: '申込済みのイベント',
    month: (y, m) => `${y}年${m}月`, previous: (label) => `前の月（${label}）`, next: (label) => `次の月（${label}）`,
    today: '今日', monthEvents: (n) => `この月のイベント ${n} 件`,
  },
  en: {
    title: 'Events', lead: 'Seminars, exchange meetings, matching fairs and more across the network.',
    views: 'View', upcoming: 'Upcoming', past: 'Past events', calendar: 'Calendar',
    filters: 'Filters', kind: 'Kind', region: 'Region', audience: 'Audience', any: 'Any', apply: 'Filter',
    none: 'No events match.', mine: 'My events',
    month: (y, m) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(y, m - 1, 1))),
    previous: (label) => `Previous month (${label})`, next: (label) => `Next month (${label})`,
    today: 'Today', monthEvents: (n) => `${n} ${n === 1 ? 'event' : 'events'} this month`,
  },
};

const FILTERS = ['kind', 'region', 'audience'];
const JAPAN_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' });

export async function render(main, portal) {
  const { h, replace, query } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const month = /^\d{4}-\d{2}$/.test(query.get('month') ?? '') ? query.get('month') : null;
  const view = month ? 'calendar' : (query.get('when') === 'past' ? 'past' : 'upcoming');
  const filters = new URLSearchParams();
  FILTERS.forEach((name) => { if (query.get(name)) filters.set(name, query.get(name)); });

  const content = view === 'calendar'
    ? await calendar(portal, text, month, filters)
    : await list(portal, text, view, filters);
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead),
    portal.user ? h('p', {}, h('a', { href: `${SCREENS}/my-events` }, text.mine)) : null,
    views(portal, text, view, filters),
    filterForm(portal, text, view, month, filters),
    content);
}

function address(params) {
  const search = params.toString();
  return `${SCREENS}/events${search ? `?${search}` : ''}`;
}

function views(portal, text, current, filters) {
  const { h } = portal;
  const link = (view, label, extra) => {
    const params = new URLSearchParams(filters);
    Object.entries(extra).forEach(([k, v]) => params.set(k, v));
    return h('li', {}, h('a', { href: address(params), 'aria-current': current === view ? 'page' : null }, label));
  };
  return h('nav', { class: 'event-views', 'aria-label': text.views },
    h('ul', {}, link('upcoming', text.upcoming, {}), link('past', text.past, { when: 'past' }),
      link('calendar', text.calendar, { month: thisMonth() })));
}

function filterForm(portal, text, view, month, filters) {
  const { h } = portal;
  const words = common(portal);
  const select = (name, label, options) => h('div', { class: 'field' },
    h('label', { for: `event-filter-${name}` }, label),
    h('select', { id: `event-filter-${name}`, name },
      h('option', { value: '' }, text.any),
      Object.entries(options).map(([value, optionLabel]) => h('option', {
        value, selected: filters.get(name) === value,
      }, optionLabel))));
  const form = h('form', { class: 'filters event-filters', role: 'search', 'aria-label': text.filters, onsubmit },
    select('kind', text.kind, words.kinds),
    select('region', text.region, words.regions),
    select('audience', text.audience, words.audiences),
    h('div', {}, h('button', { type: 'submit', class: 'button' }, text.apply)));

  function onsubmit(event) {
    event.preventDefault();
    const params = new URLSearchParams();
    if (view === 'past') params.set('when', 'past');
    if (month) params.set('month', month);
    FILTERS.forEach((name) => {
      const value = form.elements[name].value;
      if (value) params.set(name, value);
    });
    portal.navigate(address(params));
  }
  return form;
}

async function list(portal, text, view, filters) {
  const { h, api } = portal;
  const params = new URLSearchParams(filters);
  if (view === 'past') params.set('when', 'past');
  const events = await api.get(`${API}/events?${params}`);
  if (events.length === 0) return h('p', { class: 'event-none' }, text.none);
  return h('ul', { class: 'cards event-cards' }, events.map((event) => card(portal, event)));
}

/** @returns {HTMLElement} an event as a card of the list */
function card(portal, event) {
  const { h } = portal;
  const words = common(portal);
  return h('li', { class: 'card event-card', 'data-event': event.id },
    h('p', { class: 'event-kind' }, event.kindLabel || words.kinds[event.kind] || event.kind,
      event.status !== 'published' ? h('span', { class: `event-badge event-badge-${event.status}` },
        event.statusLabel || words.eventStatuses[event.status]) : null),
    h('h2', { class: 'card-title' }, h('a', { href: eventHref(event.id) }, pick(portal, event.title))),
    h('p', { class: 'event-card-when' }, whenElement(portal, event)),
    placeText(portal, event) ? h('p', { class: 'meta' }, placeText(portal, event)) : null,
    h('p', { class: 'meta' }, event.audience?.label || words.audiences[event.audience?.kind] || '',
      event.status === 'published' ? ` · ${seatsText(portal, event)}` : ''));
}

async function calendar(portal, text, month, filters) {
  const { h, api } = portal;
  const params = new URLSearchParams(filters);
  params.set('month', month);
  params.set('limit', '200');
  const past = new URLSearchParams(params);
  past.set('when', 'past');
  const [upcoming, ended] = await Promise.all([api.get(`${API}/events?${params}`), api.get(`${API}/events?${past}`)]);
  const events = [...ended, ...upcoming].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id - b.id);
  const [year, monthNumber] = month.split('-').map(Number);
  const label = text.month(year, monthNumber);
  const shift = (delta) => {
    const date = new Date(Date.UTC(year, monthNumber - 1 + delta, 1));
    return { value: date.toISOString().slice(0, 7), label: text.month(date.getUTCFullYear(), date.getUTCMonth() + 1) };
  };
  const link = (target, words, rel) => {
    const linkParams = new URLSearchParams(filters);
    linkParams.set('month', target.value);
    return h('a', { href: address(linkParams), class: 'button secondary', rel }, words(target.label));
  };
  const previous = shift(-1);
  const next = shift(1);
  return h('section', { class: 'event-calendar', 'aria-labelledby': 'event-calendar-month' },
    h('div', { class: 'event-calendar-head' },
      link(previous, text.previous, 'prev'),
      h('h2', { id: 'event-calendar-month' }, label),
      link(next, text.next, 'next')),
    h('p', { class: 'meta' }, text.monthEvents(events.length)),
    grid(portal, text, year, monthNumber, events, label));
}

/** The month as a table: one row per week from Monday, today marked, each event on every day it spans. */
function grid(portal, text, year, monthNumber, events, label) {
  const { h } = portal;
  const words = common(portal);
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
      iso === today ? h('span', { class: 'visually-hidden' }, ` (${text.today})`) : null),
    todays.length ? h('ul', { class: 'event-day-events' }, todays.map((event) => h('li', {},
      h('a', { href: eventHref(event.id), class: `event-day-link event-day-link-${event.status}` },
        h('span', { class: 'event-day-time' }, JAPAN_TIME.format(new Date(event.startsAt))), ' ',
        h('span', { class: 'event-day-title' }, pick(portal, event.title)))))) : null));
  }
  while (cells.length % 7 !== 0) cells.push(h('td', { class: 'event-day-outside' }));
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(h('tr', {}, cells.slice(i, i + 7)));
  return h('div', { class: 'event-calendar-scroll' },
    h('table', { class: 'event-month' },
      h('caption', { class: 'visually-hidden' }, label),
      h('thead', {}, h('tr', {}, words.weekdays.map((day, i) => h('th', {
        scope: 'col', class: i >= 5 ? 'event-weekend' : null,
      }, day)))),
      h('tbody', {}, weeks)));
}

function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
