import { language } from './i18n.js';

/** The network's time zone: every date and time is shown in it (and, to readers elsewhere, in theirs too). */
export const NETWORK_ZONE = 'Asia/Tokyo';

/** @returns {string} the reader's time zone (the network's when the browser names none) */
export function readerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || NETWORK_ZONE;
}

/** @returns {string} the locale the page's language is written in: ja-JP or en-GB */
export function locale() {
  return language() === 'ja' ? 'ja-JP' : 'en-GB';
}

/**
 * @param {string|Date} value an ISO-8601 instant or a date
 * @param {string} [zone] the time zone whose date it is (the network's by default)
 * @returns {string} the date in the page's language with its weekday: 2026年11月23日(月) / Mon, 23 Nov 2026
 */
export function formatDate(value, zone = NETWORK_ZONE) {
  const date = value instanceof Date ? value : new Date(value);
  if (language() === 'ja') {
    const parts = new Intl.DateTimeFormat('ja-JP', {
      timeZone: zone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short',
    }).formatToParts(date);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}年${part('month')}月${part('day')}日(${part('weekday')})`;
  }
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
  }).format(date);
}

/**
 * @param {string|Date} value an ISO-8601 instant
 * @param {{zone?: string, withZone?: boolean}} [options] the time zone (the network's by default), and whether to
 *   name it (14:00 JST)
 * @returns {string} the time of day there, in the page's language
 */
export function formatTime(value, { zone = NETWORK_ZONE, withZone = false } = {}) {
  return new Intl.DateTimeFormat(locale(), {
    timeZone: zone, hour: '2-digit', minute: '2-digit', timeZoneName: withZone ? 'short' : undefined,
  }).format(value instanceof Date ? value : new Date(value));
}

/**
 * @param {string|Date} value an instant
 * @param {string} [zone] a time zone (the network's by default)
 * @returns {string} its date there as YYYY-MM-DD
 */
export function isoDay(value, zone = NETWORK_ZONE) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(value instanceof Date ? value : new Date(value));
}

/**
 * @param {string|Date} value an instant (empty: none)
 * @param {string} [zone] a time zone (the network's by default)
 * @returns {string} its date and time there as a `datetime-local` input holds them (2026-12-10T13:30; '' for none)
 */
export function localDateTime(value, zone = NETWORK_ZONE) {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone || NETWORK_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(value instanceof Date ? value : new Date(value));
  const part = (type) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** @returns {string[]} the time zones the browser knows (IANA names; the network's and UTC where it lists none) */
export function timeZones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [NETWORK_ZONE, 'UTC'];
  }
}

/**
 * @param {number} value a number
 * @param {Intl.NumberFormatOptions} [options] e.g. `{maximumFractionDigits: 1}` or `{style: 'percent'}`
 * @returns {string} the number as the page's language writes it (1,234.5)
 */
export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/**
 * @param {string|Date} value an ISO-8601 instant
 * @returns {string} date and time in Japan; for readers in another zone also their own time, e.g.
 *   "Mon, 23 Nov 2026 14:00 JST (06:00 your time)"
 */
export function formatDateTime(value) {
  const date = value instanceof Date ? value : new Date(value);
  const time = formatTime(date);
  const japan = `${formatDate(date)} ${time} ${language() === 'ja' ? '(日本時間)' : 'JST'}`;
  const zone = readerZone();
  if (!zone || zone === NETWORK_ZONE) return japan;
  const local = new Intl.DateTimeFormat(locale(), {
    timeZone: zone, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(date);
  return language() === 'ja' ? `${japan}(現地時間 ${local})` : `${japan} (${local} your time)`;
}
