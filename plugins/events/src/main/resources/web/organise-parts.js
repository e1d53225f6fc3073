/**
 * Pieces only the organisers' screens share (the rest is common.js's and the kit's): their addresses, an event's
 * overview, answers and registrants' organizations as text.
 */
import { catalogue, pick, badge, address } from '/assets/kit/1/index.js';
import { SCREENS } from './common.js';

const t = await catalogue(import.meta.url, 'organise');

/** @returns {string} the organisers' screen's address with these query parameters */
export function screen(params = {}) {
  return address(`${SCREENS}/organise`, params);
}

/** @returns {Node[]} an event's status and seats (taken of all, and how many wait) */
export function seatsOverview(event) {
  return [badge('organise-status', event.status, event.statusLabel), ' ',
    t('seatsOf', { confirmed: event.confirmed, capacity: event.capacity ?? t('unlimited') }),
    event.waiting > 0 ? `, ${t('waitingCount', { count: event.waiting })}` : ''];
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
