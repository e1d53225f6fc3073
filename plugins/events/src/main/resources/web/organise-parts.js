/**
 * Pieces only the organisers' screens share (the rest is common.js's and the kit's): their addresses, times as a
 * datetime-local input holds them, answers and registrants' organizations as text.
 */
import { catalogue, pick } from '/assets/kit/1/index.js';
import { SCREENS } from './common.js';

const t = await catalogue(import.meta.url, 'organise');

/** @returns {string} the organisers' screen's address with these query parameters */
export function screen(params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
  const text = query.toString();
  return `${SCREENS}/organise${text ? `?${text}` : ''}`;
}

/** @returns {string} an instant as a local date and time in a zone, as a datetime-local input holds it */
export function localIn(instant, zone) {
  if (!instant) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone || 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** @returns {string} the text of an answer to a question (choice: the option's label; yes-no: yes or no) */
export function answerText(question, value) {
  if (value === undefined || value === null || value === '') return t('none0');
  if (question.type === 'yes-no') return value === 'yes' ? t('yes') : t('no');
  if (question.type === 'choice') {
    const option = question.options?.[Number(value)];
    return option ? pick(option) : String(value);
  }
  return String(value);
}

/** @returns {string} whom a registrant comes for: the member's alias, or the organization they wrote */
export function organizationOf(registration) {
  return registration.organizationId || registration.organization || '';
}
