import { h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { NETWORK_ZONE, locale, isoDay } from '../../core/format.js';

/** @returns {string} a month (`2026-12`) as the reader's language names it: 2026年12月 / December 2026 */
export function monthName(month) {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, number - 1, 1)));
}

/** @returns {string} the month `delta` months from a month (`2026-12`, 1 → `2027-01`) */
export function shiftMonth(month, delta) {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + delta, 1)).toISOString().slice(0, 7);
}

/**
 * A month as a table: one row per week from Monday (as calendars in Japan do), the weekend's heads marked, today
 * marked (`aria-current="date"`, and said to screen readers), each item on every day of the month it spans. It
 * scrolls sideways inside its box rather than widening the page.
 *
 * @param {{month: string, items: object[], span: (item) => [string|Date, string|Date], entry: (item) => Node,
 *   zone?: string, class?: string}} calendar the month (`2026-12`), the items, when an item starts and ends (the end
 *   is not part of it), an item as shown in a day, the zone whose days they are (the network's), the table's class
 * @returns {HTMLElement} the table (`table.month-calendar`, its caption the month's name) in a `div.calendar-scroll`
 */
export function monthCalendar({ month, items, span, entry, zone = NETWORK_ZONE, class: className }) {
  const [year, number] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7;
  const today = isoDay(new Date(), zone);
  const byDay = new Map();
  for (const item of items) {
    const [start, end] = span(item);
    const last = isoDay(new Date(new Date(end).getTime() - 1), zone);
    for (let day = isoDay(start, zone); day <= last && day.slice(0, 7) <= month; day = nextDay(day)) {
      if (!byDay.has(day)) byDay.set(day, []);
      byDay.get(day).push(item);
    }
  }
  const cells = Array.from({ length: lead }, () => h('td', { class: 'calendar-outside' }));
  for (let d = 1; d <= days; d += 1) {
    const iso = `${month}-${String(d).padStart(2, '0')}`;
    const shown = byDay.get(iso) ?? [];
    cells.push(h('td', {
      class: ['calendar-day', iso === today ? 'calendar-today' : '', shown.length ? 'calendar-busy' : '']
        .filter(Boolean).join(' '),
      'aria-current': iso === today ? 'date' : null,
    },
    h('span', { class: 'calendar-day-number' }, String(d),
      iso === today ? h('span', { class: 'visually-hidden' }, ` (${t('kit.calendar.today')})`) : null),
    shown.length ? h('ul', { class: 'calendar-entries' }, shown.map((item) => h('li', {}, entry(item)))) : null));
  }
  while (cells.length % 7 !== 0) cells.push(h('td', { class: 'calendar-outside' }));
  const weekday = new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' });
  return h('div', { class: 'calendar-scroll' },
    h('table', { class: ['month-calendar', className].filter(Boolean).join(' ') },
      h('caption', { class: 'visually-hidden' }, monthName(month)),
      h('thead', {}, h('tr', {}, [0, 1, 2, 3, 4, 5, 6].map((i) => h('th', {
        scope: 'col', class: i >= 5 ? 'calendar-weekend' : null,
      }, weekday.format(new Date(Date.UTC(2024, 0, 1 + i))))))), // 1 January 2024 was a Monday
      h('tbody', {}, Array.from({ length: cells.length / 7 }, (_, w) => h('tr', {}, cells.slice(w * 7, w * 7 + 7))))));
}

function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
