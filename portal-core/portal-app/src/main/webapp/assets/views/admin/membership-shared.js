import { h } from '../../core/dom.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import { t, pick } from '../../core/i18n.js';

/**
 * What the secretariat's membership screens (applications, organization records, officers, audit trail, identity
 * provider requests) share: labelled controls, status badges, pages and outcome notices.
 */

/** @returns {string} the label of `code` in a reference list, or the code itself when unknown */
export function labelOf(items, code) {
  if (code === null || code === undefined || code === '') return '';
  const item = (items ?? []).find((i) => i.code === code);
  return item ? pick(item) : String(code);
}

/** A membership status as a badge whose colour never carries the meaning alone (the label says it). */
export function statusBadge(statuses, code) {
  return h('span', { class: `membership-state membership-state-${code}` }, labelOf(statuses, code));
}

/** A labelled control, with an optional hint tied to it by aria-describedby. */
export function field(id, label, control, hint) {
  if (hint) {
    control.setAttribute('aria-describedby', `${id}-hint`);
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'meta', id: `${id}-hint` }, hint) : null,
    control);
}

/**
 * @param {string} id the control's id
 * @param {string} name its name (for the form data and for problems naming it)
 * @param {Array<{code: string}>} items the options, from a reference list
 * @param {string|null} selected the chosen code
 * @param {string|null} empty the label of a first, empty option; none when null
 */
export function selectOf(id, name, items, selected, empty = null) {
  return h('select', { id, name },
    empty === null ? null : h('option', { value: '' }, empty),
    items.map((item) => h('option', { value: item.code, selected: item.code === selected }, pick(item))));
}

/** A name in the reader's language first; the other language's underneath, smaller. */
export function names(nameJa, nameEn, language) {
  const [first, second] = language === 'ja' ? [nameJa, nameEn] : [nameEn || nameJa, nameJa];
  return [h('span', { class: 'membership-name' }, first || ''),
    second && second !== first ? h('span', { class: 'meta membership-other-name' }, second) : null];
}

/**
 * Links to the previous and next page of a list.
 *
 * @param {string} label what the list is, for the navigation's name
 * @param {number} page the current page, from 0
 * @param {boolean} hasNext whether there is a next page
 * @param {(page: number) => string} href the address of a page
 * @param {number|null} pages how many pages there are, when known
 */
export function pager(label, page, hasNext, href, pages = null) {
  if (page === 0 && !hasNext) return null;
  return h('nav', { class: 'membership-pager', 'aria-label': t('adminMembership.pages', { list: label }) },
    page > 0 ? h('a', { href: href(page - 1), rel: 'prev' }, t('adminMembership.previous')) : null,
    h('span', { 'aria-current': 'page' }, pages
      ? t('adminMembership.pageOf', { page: page + 1, pages }) : t('adminMembership.page', { page: page + 1 })),
    hasNext ? h('a', { href: href(page + 1), rel: 'next' }, t('adminMembership.next')) : null);
}

/** @returns {number} a page number from the address (0 when absent or odd) */
export function pageOf(query) {
  const page = Number.parseInt(query.get('page') ?? '0', 10);
  return Number.isFinite(page) && page > 0 ? page : 0;
}

/** The address of a filtered list from a filter form: empty fields are left out, the page starts again. */
export function filterAddress(path, form) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Shows the outcome of an action at the top of a screen that was just drawn again, and moves focus to it so that
 * keyboard and screen-reader users hear it (the button they pressed may be gone).
 */
export function announce(main, message) {
  if (!message) return;
  const notice = h('p', { class: 'membership-notice', role: 'status', tabindex: '-1' }, message);
  const heading = main.querySelector('h1');
  if (heading) heading.after(notice); else main.prepend(notice);
  notice.focus();
}

/** @returns {string} a value from a form, trimmed; null when empty */
export function valueOf(form, name) {
  const control = form.elements.namedItem(name);
  const value = control ? String(control.value ?? '').trim() : '';
  return value === '' ? null : value;
}

/** A term and its description, for a `dl`. */
export function fact(term, ...description) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, ...description));
}

/** An organization's record as facts: names, classification, place, contacts and what it says about itself. */
export function profileFacts(organization, lists) {
  const p = organization.profile;
  const codes = (items, values) => (values ?? []).map((code) => labelOf(items, code)).join('、');
  const optional = (key, value) => (value ? fact(t(`adminMembership.field.${key}`), value) : null);
  return h('dl', { class: 'membership-facts' },
    fact(t('adminMembership.field.nameJa'), h('span', { lang: 'ja' }, p.nameJa)),
    fact(t('adminMembership.field.nameEn'), h('span', { lang: 'en' }, p.nameEn)),
    optional('nameReading', p.nameReading),
    fact(t('adminMembership.field.kind'), labelOf(lists.kinds, organization.kind)),
    optional('legalForm', labelOf(lists.legalForms, p.legalForm)),
    optional('prefecture', labelOf(lists.prefectures, p.prefecture)),
    optional('postalCode', p.postalCode),
    optional('addressJa', p.addressJa),
    optional('addressEn', p.addressEn),
    p.website ? fact(t('adminMembership.field.website'), h('a', { href: p.website, rel: 'noopener noreferrer' },
      p.website)) : null,
    optional('fields', codes(lists.fields, p.fields)),
    optional('services', codes(lists.services, p.services)),
    p.profileJa ? fact(t('adminMembership.field.profileJa'), h('span', { class: 'membership-text', lang: 'ja' },
      p.profileJa)) : null,
    p.profileEn ? fact(t('adminMembership.field.profileEn'), h('span', { class: 'membership-text', lang: 'en' },
      p.profileEn)) : null,
    (p.contacts ?? []).length ? fact(t('adminMembership.field.contacts'), h('ul', { class: 'membership-contacts' },
      p.contacts.map((c) => h('li', {},
        c.name, c.primary ? ` (${t('adminMembership.field.primary')})` : '',
        c.title ? h('span', { class: 'meta' }, ` ${c.title}`) : null, h('br'),
        h('a', { href: `mailto:${c.email}` }, c.email), c.phone ? ` · ${c.phone}` : ''))))
      : null);
}

/** The lifecycle of an organization: when, who, from which status to which, and why. */
export function transitions(history, statuses) {
  if (!history || history.length === 0) return h('p', {}, t('adminMembership.history.none'));
  return h('table', { class: 'membership-table membership-transitions' },
    h('caption', { class: 'visually-hidden' }, t('adminMembership.history.transitions')),
    h('thead', {}, h('tr', {}, ['when', 'who', 'change', 'reason']
      .map((key) => h('th', { scope: 'col' }, t(`adminMembership.history.${key}`))))),
    h('tbody', {}, [...history].reverse().map((step) => h('tr', {},
      h('td', {}, formatDate(step.occurredAt), h('span', { class: 'meta membership-other-name' },
        formatDateTime(step.occurredAt))),
      h('td', {}, step.actorName),
      h('td', {}, step.from ? [statusBadge(statuses, step.from), ' → '] : `${t('adminMembership.history.first')} → `,
        statusBadge(statuses, step.to)),
      h('td', {}, step.reason ? h('span', { class: 'membership-text' }, step.reason) : '—')))));
}

/** @returns {string} the label of an audit action, or the action itself */
export function actionLabel(action) {
  const key = `adminMembership.action.${action}`;
  const label = t(key);
  return label === key ? action : label;
}

/** The `changes` of an audit entry: `{field: {from, to}}` as a list "field: from → to"; other JSON as it is. */
export function changeList(json) {
  let changed;
  try {
    changed = JSON.parse(json);
  } catch {
    return h('span', { class: 'membership-text' }, json);
  }
  if (!changed || typeof changed !== 'object') return h('span', {}, String(json));
  return h('ul', { class: 'membership-change-list' }, Object.entries(changed).map(([key, value]) => {
    const label = fieldLabel(key);
    if (value && typeof value === 'object' && ('from' in value || 'to' in value)) {
      return h('li', {}, h('span', { class: 'membership-field' }, label), ': ',
        h('del', {}, value.from === '' || value.from === null ? t('adminMembership.history.empty') : String(value.from)),
        h('span', { 'aria-hidden': 'true' }, ' → '), h('span', { class: 'visually-hidden' }, ` ${t('adminMembership.history.to')} `),
        h('ins', {}, value.to === '' || value.to === null ? t('adminMembership.history.empty') : String(value.to)));
    }
    return h('li', {}, h('span', { class: 'membership-field' }, label), ': ',
      typeof value === 'object' ? JSON.stringify(value) : String(value));
  }));
}

function fieldLabel(key) {
  const message = `adminMembership.field.${key}`;
  const label = t(message);
  return label === message ? key : label;
}
