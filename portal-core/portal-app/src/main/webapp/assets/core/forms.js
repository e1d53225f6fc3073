import { h, replace } from './dom.js';
import { t } from './i18n.js';

/**
 * How every form of the portal, and every plugin's through the kit, shows what the server refused: a summary that
 * screen readers announce (role="alert") and, for every field the problem names, the message next to that field with
 * aria-invalid and aria-describedby set; focus moves to the first control at fault (or the summary). Fields are found
 * by their `name`, which is the JSON path the API names (`organization.nameJa`), or by a fieldset's `data-path` (a
 * group without a control of that name, e.g. `audience.regions`). A path deeper than any control (`domains[2]`,
 * `sessions[0].end`) is shown, with its path, at its nearest control; several messages for one place are all shown
 * there; one with no place at all is listed in the summary, so no message is lost. The API's field messages (English)
 * are said in the reader's language when they are among the common ones. A control's own hint (`data-hint` = the
 * hint's id) stays described. Where the message goes: after a group's legend, after the fieldset of radio buttons,
 * after the box of a check box (`.check`, `.checkboxes`), else after the control.
 */

/** The API's common field messages → the reader's words. */
const FIELD_MESSAGES = [
  [/^required$/, 'form.error.required'],
  [/^must not be (blank|null|empty)$/, 'form.error.required'],
  [/^not an e-mail address$/, 'form.error.email'],
  [/must be a well-formed email address/, 'form.error.email'],
  [/^hiragana or katakana only$/, 'form.error.kana'],
  [/^an http or https URL/, 'form.error.url'],
  [/^an http\(s\) URL$/, 'form.error.url'],
  [/^a Japanese postal code/, 'form.error.postalCode'],
  [/^digits, spaces, '\+', '-' and parentheses/, 'form.error.phone'],
  [/^at most (\d+) characters$/, 'form.error.tooLong'],
  [/^an organization or application of this name exists already$/, 'form.error.duplicateName'],
  [/^an e-mail domain such as/, 'form.error.domain'],
];

/** What the summary says by HTTP status, unless the form says otherwise. */
const SUMMARIES = {
  400: 'form.error.fields', 413: 'form.error.tooLarge', 422: 'form.error.fields', 403: 'form.error.forbidden',
  429: 'form.error.tooMany', 502: 'form.error.unavailable', 503: 'form.error.unavailable',
};

/** @returns {string} a field message of the API in the reader's language, or as the API said it */
export function fieldMessage(message) {
  for (const [pattern, key] of FIELD_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, { max: match[1] ?? '' });
  }
  return message;
}

/**
 * Shows an error at a form (see above).
 *
 * @param {HTMLFormElement} form the form
 * @param {{status?: number, message?: string, errors?: Object<string, string>}} error an ApiError, or the same shape
 *   for checks made in the browser
 * @param {{summary?: string, byStatus?: Object<number, string>, more?: Node[], describe?: (path: string) => string}}
 *   [options] `summary` replaces the summary; `byStatus` replaces it for a status (e.g. `{409: 'someone else saved
 *   meanwhile'}`); `more` follows it (e.g. a button to reload); `describe` names a path deeper than its control (e.g.
 *   `attachments[1]` → the file's name; the path itself by default)
 */
export function showErrors(form, error, { summary, byStatus = {}, more = [], describe = () => null } = {}) {
  clearErrors(form);
  const notes = new Map();
  const unplaced = [];
  for (const [path, message] of Object.entries(error.errors ?? {})) {
    const place = placeFor(form, path);
    const text = fieldMessage(message);
    if (!place) {
      unplaced.push(`${describe(path) ?? path}: ${text}`);
      continue;
    }
    if (!notes.has(place.at)) notes.set(place.at, { ...place, messages: [] });
    notes.get(place.at).messages.push(place.path === path ? text : `${describe(path) ?? path}: ${text}`);
  }
  for (const { at, path, marked, messages } of notes.values()) {
    const id = `${(at.id || path).replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
    for (const element of marked) {
      element.setAttribute('aria-invalid', 'true');
      element.setAttribute('aria-describedby', [element.dataset.hint, id].filter(Boolean).join(' '));
    }
    const note = h('p', { class: 'field-error', id }, messages.join(' '));
    if (at.matches('fieldset')) at.querySelector('legend').after(note);
    else if (at.type === 'radio') (at.closest('fieldset') ?? at).after(note);
    else (at.closest('.check, .checkboxes') ?? at).after(note);
  }
  let box = form.querySelector('.form-errors');
  if (!box) {
    box = h('div', { class: 'form-errors' });
    form.prepend(box);
  }
  replace(box, h('p', { role: 'alert' }, summary ?? byStatus[error.status] ?? summaryFor(error)),
    unplaced.length ? h('ul', {}, unplaced.map((line) => h('li', {}, line))) : null, ...more);
  const first = form.querySelector('input[aria-invalid], select[aria-invalid], textarea[aria-invalid]')
    ?? box.querySelector('[role="alert"]');
  if (!first.matches('input, select, textarea')) first.setAttribute('tabindex', '-1');
  first.focus();
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
 * The field bots fill in and people do not (a public form's honeypot, which the server checks): out of sight, out of
 * the tab order and hidden from assistive technology (aria-hidden with nothing focusable inside, which axe accepts);
 * still labelled.
 *
 * @param {{id: string, name: string}} field the control's id and the name the server reads
 * @returns {HTMLElement} the field
 */
export function honeypot({ id, name }) {
  return h('div', { class: 'honeypot', 'aria-hidden': 'true' },
    h('label', { for: id }, t('form.honeypot')),
    h('input', { id, name, type: 'text', tabindex: '-1', autocomplete: 'off' }));
}

/** @returns {string} what a form's summary says about an error, by its status, in the reader's language */
export function summaryFor(error) {
  const fields = Object.keys(error.errors ?? {}).length;
  if (fields > 0) return t('form.error.fields', { count: fields });
  if (SUMMARIES[error.status]) return t(SUMMARIES[error.status]);
  return error.status >= 500 || !error.message ? t('form.error.other') : error.message;
}

/**
 * @returns {{path: string, at: Element, marked: Element[]}|null} where a path's error goes: the first control named
 *   by the path or by the nearest path above it (all controls of that name marked), or the fieldset whose data-path
 *   it is (the fieldset marked); null when there is none
 */
function placeFor(form, path) {
  for (let candidate = path; candidate;) {
    const name = `[name="${CSS.escape(candidate)}"]`;
    const at = form.querySelector(`${name}, [data-path="${CSS.escape(candidate)}"]`);
    if (at) return { path: candidate, at, marked: at.matches(name) ? [...form.querySelectorAll(name)] : [at] };
    const shorter = candidate.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    candidate = shorter === candidate ? null : shorter;
  }
  return null;
}
