import { h } from '../../core/dom.js';

/**
 * A list, or what an empty list says.
 *
 * @param {Array} items the items
 * @param {(item: *) => HTMLElement} item an item as an `li`
 * @param {{empty: string, class?: string, label?: string, emptyClass?: string}} options what to say when there are
 *   none (a `p`, class `emptyClass`), the list's class and accessible name
 * @returns {HTMLElement} a `ul` of the items, or the `p` saying there are none
 */
export function listOf(items, item, { empty, class: className, label, emptyClass = 'empty' }) {
  if (items.length === 0) return h('p', { class: emptyClass }, empty);
  return h('ul', { class: className, 'aria-label': label }, items.map(item));
}

/**
 * @param {URLSearchParams} query the screen's query
 * @returns {number} where a page starts (`?offset=`), 0 when absent or odd
 */
export function offsetOf(query) {
  return Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
}

/**
 * Links to the previous and next page of a list that the API gives in pages (`offset`, `limit`, `total`).
 *
 * @param {{offset: number, limit: number, shown: number, total: number, href: (offset: number) => string,
 *   label: string, previous: string, next: string, class?: string}} page where this page starts, the page size, how
 *   many items it shows, how many there are, the address of the page starting at an offset, the navigation's name,
 *   the links' words, the navigation's class
 * @returns {HTMLElement|null} the navigation, or null when everything fits on one page
 */
export function pager({ offset, limit, shown, total, href, label, previous, next, class: className }) {
  const before = offset > 0 ? h('a', { href: href(Math.max(0, offset - limit)), rel: 'prev' }, previous) : null;
  const after = offset + shown < total ? h('a', { href: href(offset + limit), rel: 'next' }, next) : null;
  if (!before && !after) return null;
  return h('nav', { class: ['pager', className].filter(Boolean).join(' '), 'aria-label': label }, before, ' ', after);
}
