/**
 * What the events plugin's screens share (events.js, my-events.js, profile-events.js, organise*.js): the API's base,
 * the stylesheets, the closed lists in both languages, dates in the reader's time zone, the event's programme rebuilt
 * from the server's sanitised HTML, labelled fields, and errors shown at their fields. Plugin modules cannot import
 * the portal's own files, so what they need of them is here in small.
 */

/** Where the plugin's routes are. */
export const API = '/api/plugins/events';

/** Where the plugin's screens are. */
export const SCREENS = '/p/events';

/** The closed lists of the API (codes as the API writes them) and the words the screens share, in both languages. */
const COMMON = {
  ja: {
    kinds: {
      seminar: 'セミナー', 'exchange-meeting': '交流会', 'matching-fair': 'マッチングフェア',
      'coordinator-training': 'コーディネーター研修', 'general-assembly': '総会', other: 'その他',
    },
    audiences: {
      'all-members': '全会員', regions: '選択した地域の会員', organizations: '選択した会員機関',
      coordinators: 'コーディネーター', 'overseas-partners': '海外パートナー', public: '一般公開',
    },
    regions: {
      Hokkaido: '北海道', Tohoku: '東北', Kanto: '関東', Chubu: '中部', Kinki: '近畿', Chugoku: '中国',
      Shikoku: '四国', Kyushu: '九州', Okinawa: '沖縄', Overseas: '海外',
    },
    eventStatuses: { draft: '下書き', published: '公開中', closed: '受付終了', cancelled: '中止' },
    registrationStatuses: {
      pending: '承認待ち', confirmed: '参加確定', waiting: 'キャンセル待ち', declined: '不承認', cancelled: '取消',
      'not-attending': '欠席',
    },
    weekdays: ['月', '火', '水', '木', '金', '土', '日'],
    online: 'オンライン',
    venueTime: (zone) => `現地時間（${zone}）`,
    seatsLeft: (n) => `残り ${n} 席`,
    full: '満席（キャンセル待ちを受付中）',
    noLimit: '定員なし',
    waitingCount: (n) => `キャンセル待ち ${n} 名`,
    errorsSummary: (n) => `${n} 件の項目を確認してください。`,
    errorOther: '処理できませんでした。時間をおいてもう一度お試しください。',
    qrAlt: '受付用の QR コード',
  },
  en: {
    kinds: {
      seminar: 'Seminar', 'exchange-meeting': 'Exchange meeting', 'matching-fair': 'Matching fair',
      'coordinator-training': 'Coordinator training', 'general-assembly': 'General assembly', other: 'Other',
    },
    audiences: {
      'all-members': 'All members', regions: 'Members in chosen regions', organizations: 'Chosen organizations',
      coordinators: 'Coordinators', 'overseas-partners': 'Overseas partners', public: 'Public',
    },
    regions: {
      Hokkaido: 'Hokkaido', Tohoku: 'Tohoku', Kanto: 'Kanto', Chubu: 'Chubu', Kinki: 'Kinki', Chugoku: 'Chugoku',
      Shikoku: 'Shikoku', Kyushu: 'Kyushu', Okinawa: 'Okinawa', Overseas: 'Overseas',
    },
    eventStatuses: { draft: 'Draft', published: 'Published', closed: 'Closed', cancelled: 'Cancelled' },
    registrationStatuses: {
      pending: 'Awaiting approval', confirmed: 'Confirmed', waiting: 'Waiting list', declined: 'Declined',
      cancelled: 'Cancelled', 'not-attending': 'Not attending',
    },
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    online: 'Online',
    venueTime: (zone) => `Local time at the event (${zone})`,
    seatsLeft: (n) => `${n} seats left`,
    full: 'Full (waiting list open)',
    noLimit: 'No limit',
    waitingCount: (n) => `${n} waiting`,
    errorsSummary: (n) => `Please check ${n} ${n === 1 ? 'field' : 'fields'}.`,
    errorOther: 'That did not work. Please try again later.',
    qrAlt: 'QR code for check-in',
  },
};

/** @returns {object} the shared words in the portal's language */
export function common(portal) {
  return COMMON[portal.language] ?? COMMON.ja;
}

/** @returns {string} a {ja, en} text in the portal's language (the other one when it is empty) */
export function pick(portal, texts) {
  if (!texts) return '';
  return (portal.language === 'en' ? texts.en || texts.ja : texts.ja || texts.en) ?? '';
}

/**
 * Adds one of the plugin's stylesheets to the page once (a file of the plugin: the CSP allows no inline style).
 *
 * @param {string} [sheet] which: `events` (the events' screens) or `organise` (the organisers' screens)
 */
export function useStyles(sheet = 'events') {
  const href = new URL(`./${sheet}.css`, import.meta.url).href;
  if (![...document.styleSheets].some((s) => s.href === href)
      && !document.querySelector(`link[data-plugin-styles="${CSS.escape(sheet)}"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.pluginStyles = sheet;
    document.head.append(link);
  }
}

/** @returns {string} the reader's time zone */
export function readerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Tokyo';
}

function locale(portal) {
  return portal.language === 'en' ? 'en-GB' : 'ja-JP';
}

/**
 * @param {Date} date an instant
 * @param {string} zone a time zone
 * @returns {string} its date there with the weekday: 2026年11月23日(月) / Mon, 23 Nov 2026
 */
export function formatDay(portal, date, zone) {
  if (portal.language === 'en') {
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric',
    }).format(date);
  }
  const parts = new Intl.DateTimeFormat('ja-JP', {
    timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short',
  }).formatToParts(date);
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}年${part('month')}月${part('day')}日(${part('weekday')})`;
}

function formatTime(portal, date, zone, withZone) {
  return new Intl.DateTimeFormat(locale(portal), {
    timeZone: zone, hour: '2-digit', minute: '2-digit', timeZoneName: withZone ? 'short' : undefined,
  }).format(date);
}

/** @returns {string} the date (YYYY-MM-DD) of an instant in a time zone */
export function isoDay(date, zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date);
}

/**
 * @param {string} startsAt ISO instant
 * @param {string} endsAt ISO instant
 * @param {string} zone where the times are told
 * @returns {string} "2026年12月10日(木) 13:30–17:00 JST", the end's date too when it is another day
 */
function formatPeriod(portal, startsAt, endsAt, zone) {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = isoDay(start, zone) === isoDay(end, zone);
  return `${formatDay(portal, start, zone)} ${formatTime(portal, start, zone, false)} – `
    + `${sameDay ? '' : `${formatDay(portal, end, zone)} `}${formatTime(portal, end, zone, true)}`;
}

/**
 * When an event takes place: in the reader's time zone, and in the event's own zone too when that is another one.
 *
 * @returns {{reader: string, venue: string|null}} the two lines
 */
function eventTimes(portal, event) {
  const zone = readerZone();
  const reader = formatPeriod(portal, event.startsAt, event.endsAt, zone);
  const venue = sameOffset(event, zone) ? null : formatPeriod(portal, event.startsAt, event.endsAt, event.timeZone);
  return { reader, venue };
}

function sameOffset(event, zone) {
  if (event.timeZone === zone) return true;
  const at = new Date(event.startsAt);
  const stamp = (z) => new Intl.DateTimeFormat('en-CA', {
    timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return stamp(event.timeZone) === stamp(zone);
}

/** @returns {HTMLElement} when an event is, for a card or the detail (the event's own zone on a second line) */
export function whenElement(portal, event) {
  const { h } = portal;
  const text = common(portal);
  const times = eventTimes(portal, event);
  return h('span', { class: 'event-when' },
    h('time', { datetime: event.startsAt }, times.reader),
    times.venue ? h('span', { class: 'meta event-venue-time' }, `${text.venueTime(event.timeZone)}: ${times.venue}`)
      : null);
}

/** @returns {string} how many seats are left, or that there is no limit */
export function seatsText(portal, event) {
  const text = common(portal);
  if (event.capacity === null || event.capacity === undefined) return text.noLimit;
  const left = Math.max(0, event.capacity - event.confirmed);
  return left > 0 ? text.seatsLeft(left) : text.full;
}

/** @returns {string} where: the venue's name (and region), or "online" */
export function placeText(portal, event) {
  const text = common(portal);
  const name = pick(portal, { ja: event.venue?.name?.ja, en: event.venue?.name?.en });
  const region = event.venue?.region ? text.regions[event.venue.region] ?? event.venue.region : '';
  const where = [name, region && `(${region})`].filter(Boolean).join(' ');
  if (where && event.venue?.onlineUrl) return `${where} / ${text.online}`;
  return where || (event.venue?.onlineUrl ? text.online : '');
}

/**
 * The programme as the server means it: it sends HTML its sanitiser allowed (formatting, blocks, lists, tables,
 * http(s)/mailto links). That HTML is parsed into an inert document (DOMParser runs no script and loads nothing) and
 * rebuilt element by element from the same list, so nothing else can reach the page even if the server let it
 * through (other elements give only their text; scripts, styles and the like nothing); headings move below the
 * screen's own (an h1 or h2 of the programme becomes an h3).
 *
 * @param {string} html the sanitised programme
 * @returns {DocumentFragment} its content
 */
export function programmeContent(html) {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html ?? ''}`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    const copy = rebuild(node);
    if (copy) fragment.append(copy);
  }
  return fragment;
}

const ALLOWED = new Set(['p', 'div', 'br', 'hr', 'pre', 'code', 'blockquote', 'ul', 'ol', 'li', 'b', 'strong', 'i',
  'em', 's', 'u', 'del', 'ins', 'sub', 'sup', 'small', 'span', 'a', 'table', 'caption', 'thead', 'tbody', 'tfoot',
  'tr', 'th', 'td']);
const HEADINGS = { h1: 'h3', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6', h6: 'h6' };
/** Elements whose content is not text to read: left out with everything in them. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object', 'svg',
  'math']);

function rebuild(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = node.localName;
  if (DROPPED.has(tag)) return null;
  const target = HEADINGS[tag] ?? (ALLOWED.has(tag) ? tag : null);
  const children = [...node.childNodes].map(rebuild).filter(Boolean);
  if (!target) {
    const fragment = document.createDocumentFragment();
    fragment.append(...children);
    return fragment;
  }
  const element = document.createElement(target);
  if (tag === 'a') {
    const href = node.getAttribute('href') ?? '';
    if (/^(https?:|mailto:)/i.test(href)) {
      element.setAttribute('href', href);
      element.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  }
  if ((tag === 'th' || tag === 'td') && node.getAttribute('colspan')) {
    element.setAttribute('colspan', String(Number.parseInt(node.getAttribute('colspan'), 10) || 1));
  }
  element.append(...children);
  return element;
}

/**
 * A labelled form field: the label tied to its control, a hint tied by aria-describedby (kept by showErrors).
 *
 * @param {{id: string, label: string, control: HTMLElement, hint?: string, required?: boolean}} field
 * @returns {HTMLElement} the field's block
 */
export function field(portal, { id, label, control, hint, required }) {
  const { h } = portal;
  control.id = id;
  if (required) control.required = true;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) {
    control.dataset.hint = hintId;
    control.setAttribute('aria-describedby', hintId);
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label, required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *')
      : null),
    hintId ? h('p', { class: 'field-hint meta', id: hintId }, hint) : null,
    control);
}

/**
 * Shows what the server refused at the form, as the portal's forms do: a summary announced as an alert, each field's
 * message next to the control whose name is the JSON path the problem names (all controls of that name marked with
 * aria-invalid and aria-describedby; the message after the fieldset of a group of radio buttons, after the box of a
 * check box) or, for a group, inside the fieldset whose data-path it is; focus on the first control at fault, else on
 * the summary. A path deeper than any control (`sessions[0].end` with no such control) goes to its nearest one, with
 * the path; a field the form has no place for at all (e.g. `registrationCloses`) is listed in the summary.
 *
 * @param {HTMLFormElement} form the form (its controls' names are the API's field paths)
 * @param {{status?: number, message?: string, errors?: Object<string, string>}} error an ApiError
 * @param {{summary?: string, more?: Node[]}} [options] what the summary says instead of the count of fields at fault
 *   (or the server's message), and what follows it (e.g. a button to reload)
 */
export function showErrors(portal, form, error, { summary, more = [] } = {}) {
  const { h, replace } = portal;
  const text = common(portal);
  clearErrors(form);
  const unplaced = [];
  for (const [path, message] of Object.entries(error.errors ?? {})) {
    const place = placeFor(form, path);
    if (!place) {
      unplaced.push(message);
      continue;
    }
    const id = `${(place.at.id || place.path).replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
    if (document.getElementById(id)) continue;
    for (const element of place.marked) {
      element.setAttribute('aria-invalid', 'true');
      element.setAttribute('aria-describedby', [element.dataset.hint, id].filter(Boolean).join(' '));
    }
    const note = h('p', { class: 'field-error', id }, place.path === path ? message : `${path}: ${message}`);
    if (place.at.matches('fieldset')) place.at.querySelector('legend').after(note);
    else if (place.at.type === 'radio') (place.at.closest('fieldset') ?? place.at).after(note);
    else (place.at.closest('.check') ?? place.at).after(note);
  }
  let box = form.querySelector('.form-errors');
  if (!box) {
    box = h('div', { class: 'form-errors' });
    form.prepend(box);
  }
  const fields = Object.keys(error.errors ?? {}).length;
  const said = summary ?? (fields > 0 ? text.errorsSummary(fields)
    : (error.status >= 500 || !error.message ? text.errorOther : error.message));
  replace(box, h('p', { role: 'alert' }, said),
    unplaced.length ? h('ul', {}, unplaced.map((line) => h('li', {}, line))) : null, ...more);
  const first = form.querySelector('input[aria-invalid], select[aria-invalid], textarea[aria-invalid]')
    ?? box.querySelector('[role="alert"]');
  if (!first.matches('input, select, textarea')) first.setAttribute('tabindex', '-1');
  first.focus();
}

/**
 * @returns {{path: string, at: Element, marked: Element[]}|null} where a path's error goes: the first control named
 *   by the path or the nearest path above it (all controls of that name marked), or the fieldset whose data-path it
 *   is (the fieldset marked); null when there is none
 */
function placeFor(form, path) {
  const candidates = [path];
  for (let shorter = path; /[.[]/.test(shorter);) {
    shorter = shorter.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    candidates.push(shorter);
  }
  for (const candidate of candidates) {
    const name = `[name="${CSS.escape(candidate)}"]`;
    const at = form.querySelector(`${name}, [data-path="${CSS.escape(candidate)}"]`);
    if (at) return { path: candidate, at, marked: at.matches(name) ? [...form.querySelectorAll(name)] : [at] };
  }
  return null;
}

/** Removes what {@link showErrors} added. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    if (e.dataset.hint) e.setAttribute('aria-describedby', e.dataset.hint);
    else e.removeAttribute('aria-describedby');
  });
  form.querySelector('.form-errors')?.replaceChildren();
}

/**
 * The controls for an event's questions (see the API's `questions`), named `answers.<id>` so that the server's
 * field errors land at them.
 *
 * @param {Array<{id, labelJa, labelEn, type, required, options}>} questions the event's questions
 * @returns {HTMLElement[]} one field (or fieldset) per question
 */
export function questionFields(portal, questions, prefix) {
  const { h } = portal;
  const yesNo = portal.language === 'en' ? ['Yes', 'No'] : ['はい', 'いいえ'];
  return (questions ?? []).map((question, index) => {
    const id = `${prefix}-q${index}`;
    const name = `answers.${question.id}`;
    const label = pick(portal, { ja: question.labelJa, en: question.labelEn });
    if (question.type === 'text') {
      return field(portal, {
        id, label, required: question.required,
        control: h('input', { name, type: 'text', maxlength: 1000, autocomplete: 'off' }),
      });
    }
    const choices = question.type === 'yes-no'
      ? [['yes', yesNo[0]], ['no', yesNo[1]]]
      : (question.options ?? []).map((option, i) => [String(i), pick(portal, option)]);
    return h('fieldset', { class: 'event-question' },
      h('legend', {}, label, question.required ? h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *')
        : null),
      choices.map(([value, text], i) => h('div', { class: 'check' },
        h('input', { type: 'radio', id: `${id}-${i}`, name, value, required: question.required }),
        h('label', { for: `${id}-${i}` }, text))));
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
export function statusBadge(portal, status, label) {
  const { h } = portal;
  return h('span', { class: `event-badge event-badge-${status}` },
    label || common(portal).registrationStatuses[status] || status);
}

let members;

/**
 * @param {string} id an organization's alias
 * @returns {Promise<string>} its name in the portal's language, from the portal's public member list (the alias for
 *   an organization not on it)
 */
export async function organizationName(portal, id) {
  members ??= portal.api.get('/api/public/members').catch(() => []);
  const member = (await members).find((m) => m.id === id);
  return member ? pick(portal, { ja: member.nameJa, en: member.nameEn }) : id;
}

/** @returns {string} the address of an event's detail screen */
export function eventHref(id, extra = '') {
  return `${SCREENS}/events?id=${encodeURIComponent(id)}${extra}`;
}

/** @returns {string} this month in Japan, YYYY-MM (the API's months are months in Japan) */
export function thisMonth() {
  return isoDay(new Date(), 'Asia/Tokyo').slice(0, 7);
}
