import { h } from '../../core/dom.js';
import { field } from './fields.js';

/**
 * Filters that live in a screen's address (`?status=routed&region=kanto`), so that a filtered list can be linked,
 * bookmarked and gone back to.
 *
 * @param {URLSearchParams} query the screen's query
 * @param {string[]} names the filters' names
 * @returns {URLSearchParams} those of the filters that are set
 */
export function filtersOf(query, names) {
  return new URLSearchParams(names.filter((name) => query.get(name)).map((name) => [name, query.get(name)]));
}

/**
 * @param {HTMLFormElement} form a form of filters
 * @param {string[]} names the filters' names (as its controls are named; a missing control is left out)
 * @returns {URLSearchParams} the filters chosen: a control's trimmed value, a check box's value when checked
 */
export function formFilters(form, names) {
  const chosen = new URLSearchParams();
  for (const name of names) {
    const control = form.elements.namedItem(name);
    const value = control?.type === 'checkbox' ? (control.checked ? control.value : '') : control?.value.trim();
    if (value) chosen.set(name, value);
  }
  return chosen;
}

/**
 * @param {string} path a screen's path, e.g. '/p/events/organise'
 * @param {Object<string, string|number|null|undefined>|URLSearchParams} [params] its query (null and undefined are
 *   left out; an empty string stays, as in `?new=`)
 * @returns {string} the screen's address with the query
 */
export function address(path, params = {}) {
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params);
  const query = new URLSearchParams(entries.filter(([, v]) => v !== undefined && v !== null)).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * A search form (`role=search`): one labelled search box and its button.
 *
 * @param {{id: string, label: string, button: string, value?: string, name?: string, class?: string,
 *   onsearch: (typed: string, form: HTMLFormElement) => void, more?: Node[]}} options the box's id and label, the
 *   button's words, what the box holds, its name (`q`), the form's class, what to do with the trimmed text typed,
 *   what follows the button (e.g. a link that clears the search)
 * @returns {HTMLFormElement} the form
 */
export function searchForm({ id, label, button, value = '', name = 'q', class: className, onsearch, more = [] }) {
  const form = h('form', { role: 'search', class: className, novalidate: true, onsubmit: (event) => {
    event.preventDefault();
    onsearch(form.elements.namedItem(name).value.trim(), form);
  } },
  field({ id, label, control: h('input', { name, type: 'search', autocomplete: 'off', value }) }),
  h('button', { type: 'submit', class: 'button secondary' }, button),
  ...more);
  return form;
}
