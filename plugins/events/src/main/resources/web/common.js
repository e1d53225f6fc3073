/**
 * What the events plugin's screens share that is about events (the rest comes from the portal's plugin kit): the
 * API's base and the screens' addresses, when and where an event is, seats, registration statuses, the controls for
 * an event's questions.
 */
import {
  h, pick, catalogue, referenceList, field, choices, formatDate, formatTime, isoDay, readerZone, localDateTime,
  stylesheets, badge,
} from '/assets/kit/1/index.js';

/** Where the plugin's routes are. */
export const API = '/api/plugins/events';

/** Where the plugin's screens are. */
export const SCREENS = '/p/events';

const t = await catalogue(import.meta.url);

/** The kinds of events, as the API writes them (their names are the catalogue's `kinds.<code>`). */
export const KINDS = ['seminar', 'exchange-meeting', 'matching-fair', 'coordinator-training', 'general-assembly',
  'other'];

/** Whom an event is for, as the API writes it (the names are the catalogue's `audiences.<code>`). */
export const AUDIENCES = ['all-members', 'regions', 'organizations', 'coordinators', 'overseas-partners', 'public'];

/**
 * @param {string} startsAt ISO instant
 * @param {string} endsAt ISO instant
 * @param {string} zone where the times are told
 * @returns {string} "2026年12月10日(木) 13:30–17:00 JST", the end's date too when it is another day
 */
function formatPeriod(startsAt, endsAt, zone) {
  const sameDay = isoDay(startsAt, zone) === isoDay(endsAt, zone);
  return `${formatDate(startsAt, zone)} ${formatTime(startsAt, { zone })} – `
    + `${sameDay ? '' : `${formatDate(endsAt, zone)} `}${formatTime(endsAt, { zone, withZone: true })}`;
}

function sameOffset(event, zone) {
  const local = (z) => localDateTime(event.startsAt, z);
  return event.timeZone === zone || local(event.timeZone) === local(zone);
}

/**
 * @returns {HTMLElement} when an event is, for a card or the detail: in the reader's time zone, and in the event's
 *   own zone too (on a second line) when that is another one
 */
export function whenElement(event) {
  const zone = readerZone();
  return h('span', { class: 'event-when' },
    h('time', { datetime: event.startsAt }, formatPeriod(event.startsAt, event.endsAt, zone)),
    sameOffset(event, zone) ? null : h('span', { class: 'meta event-venue-time' },
      `${t('venueTime', { zone: event.timeZone })}: ${formatPeriod(event.startsAt, event.endsAt, event.timeZone)}`));
}

/** @returns {string} how many seats are left, or that there is no limit */
export function seatsText(event) {
  if (event.capacity === null || event.capacity === undefined) return t('noLimit');
  const left = Math.max(0, event.capacity - event.confirmed);
  return left > 0 ? t('seatsLeft', { count: left }) : t('full');
}

/** The regions (the portal's reference list): `items` as [code, name], `name(code)`. */
export const regions = await referenceList('regions');

/** @returns {string} where: the venue's name (and region), or "online" */
export function placeText(event) {
  const name = pick(event.venue?.name);
  const region = event.venue?.region ? regions.name(event.venue.region) : '';
  const where = [name, region && `(${region})`].filter(Boolean).join(' ');
  if (where && event.venue?.onlineUrl) return `${where} / ${t('online')}`;
  return where || (event.venue?.onlineUrl ? t('online') : '');
}

/**
 * The controls for an event's questions (see the API's `questions`), named `answers.<id>` so that the server's
 * field errors land at them.
 *
 * @param {Array<{id, labelJa, labelEn, type, required, options}>} questions the event's questions
 * @param {string} prefix the controls' ids' stem
 * @returns {HTMLElement[]} one field (or fieldset) per question
 */
export function questionFields(questions, prefix) {
  return (questions ?? []).map((question, index) => {
    const id = `${prefix}-q${index}`;
    const name = `answers.${question.id}`;
    const label = pick({ ja: question.labelJa, en: question.labelEn });
    if (question.type === 'text') {
      return field({
        id, label, required: question.required,
        control: h('input', { name, type: 'text', maxlength: 1000, autocomplete: 'off' }),
      });
    }
    const items = question.type === 'yes-no' ? [['yes', t('yes')], ['no', t('no')]]
      : (question.options ?? []).map((option, i) => [String(i), pick(option)]);
    return choices({ id, legend: label, name, items, required: question.required, class: 'event-question' });
  });
}

/** @returns {Object<string, string>} the answers a form holds for the questions (unanswered ones left out) */
export function answersOf(form, questions) {
  const answers = {};
  for (const question of questions ?? []) {
    const name = `answers.${question.id}`;
    const controls = [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)];
    const value = controls.find((c) => c.type !== 'radio' || c.checked)?.value?.trim() ?? '';
    if (value !== '') answers[question.id] = value;
  }
  return answers;
}

/** @returns {HTMLElement} a registration's status as a badge */
export function statusBadge(status, label) {
  return badge('event-badge', status, label || t(`registrationStatuses.${status}`));
}

/** @returns {string} the address of an event's detail screen */
export function eventHref(id, extra = '') {
  return `${SCREENS}/events?id=${encodeURIComponent(id)}${extra}`;
}

/** @returns {string} this month in Japan, YYYY-MM (the API's months are months in Japan) */
export function thisMonth() {
  return isoDay(new Date()).slice(0, 7);
}

/** Adds one of the plugin's stylesheets: `events` (the events' screens) or `organise` (the organisers' screens). */
export const eventStyles = stylesheets(import.meta.url, 'events');
