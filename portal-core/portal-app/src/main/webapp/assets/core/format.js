import { language } from './i18n.js';

/** The network's time zone: every date and time is shown in it (and, to readers elsewhere, in theirs too). */
export const NETWORK_ZONE = 'Asia/Tokyo';

function readerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * @param {string|Date} value an ISO-8601 instant or a date
 * @returns {string} the date in the page's language with its weekday: 2026年11月23日(月) / Mon, 23 Nov 2026
 */
export function formatDate(value) {
  const date = value instanceof Date ? value : new Date(value);
  if (language() === 'ja') {
    const parts = new Intl.DateTimeFormat('ja-JP', {
      timeZone: NETWORK_ZONE, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short',
    }).formatToParts(date);
    const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}年${part('month')}月${part('day')}日(${part('weekday')})`;
  }
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: NETWORK_ZONE, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
  }).format(date);
}

/**
 * @param {string|Date} value an ISO-8601 instant
 * @returns {string} date and time in Japan; for readers in another zone also their own time, e.g.
 *   "Mon, 23 Nov 2026 14:00 JST (06:00 your time)"
 */
export function formatDateTime(value) {
  const date = value instanceof Date ? value : new Date(value);
  const locale = language() === 'ja' ? 'ja-JP' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { timeZone: NETWORK_ZONE, hour: '2-digit', minute: '2-digit' })
    .format(date);
  const japan = `${formatDate(date)} ${time} ${language() === 'ja' ? '(日本時間)' : 'JST'}`;
  const zone = readerZone();
  if (!zone || zone === NETWORK_ZONE) return japan;
  const local = new Intl.DateTimeFormat(locale, {
    timeZone: zone, month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(date);
  return language() === 'ja' ? `${japan}(現地時間 ${local})` : `${japan} (${local} your time)`;
}
