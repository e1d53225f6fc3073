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

/**
 * A table, or what an empty one says. The first column heads its rows (`th scope="row"`); the table scrolls
 * sideways inside its box on narrow screens rather than widening the page.
 *
 * @param {Array} rows the rows
 * @param {{columns: Array<{header: string|Node, value: (row: *) => (Node|string), class?: string}>, empty: string,
 *   caption?: string, attributes?: object, row?: (row: *) => object}} options the columns (a header, a cell's
 *   content, a class for header and cells, e.g. `number`), what to say when there are no rows, a caption (read by
 *   screen readers only), the table's attributes (class, aria-labelledby, data-*), each row's attributes
 * @returns {HTMLElement} the table in a `div.table-scroll`, or a `p` saying there is nothing
 */
export function tableOf(rows, { columns, empty, caption, attributes = {}, row = () => ({}) }) {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-scroll' }, h('table', attributes,
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col', class: column.class }, column.header)))),
    h('tbody', {}, rows.map((item) => h('tr', row(item), columns.map((column, i) => h(i === 0 ? 'th' : 'td',
      { scope: i === 0 ? 'row' : null, class: column.class }, column.value(item))))))));
}

/**
 * A home-page panel's content (`PageSection.HOME`), as the portal's own panels show theirs: the first five items,
 * or a line saying there are none, and a link to the whole list.
 *
 * @param {Array} items the items
 * @param {(item: *) => HTMLElement} item an item as an `li` (a `p.panel-item` with the link, a `p.meta` below)
 * @param {{empty: string, more: {href: string, label: string}}} options what to say when there are none; where the
 *   whole list is and what the link says
 * @returns {HTMLElement[]} the list (or the line), and the link
 */
export function panelOf(items, item, { empty, more }) {
  return [listOf(items.slice(0, 5), item, { empty, class: 'panel-list', emptyClass: 'meta' }),
    h('p', {}, h('a', { href: more.href }, more.label))];
}
