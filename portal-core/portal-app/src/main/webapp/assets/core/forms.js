import { h, replace } from './dom.js';
import { t } from './i18n.js';

/**
 * How every form of the portal shows what the server refused: a summary that screen readers announce
 * (role="alert") and, for every field the problem names, the message next to that field with aria-invalid and
 * aria-describedby set; focus moves to the first field at fault (or the summary). Fields are found by their `name`,
 * which is the JSON path the API names (`organization.nameJa`); a path deeper than any control (`domains[2]`,
 * `contacts[0].email` for a group named `contacts`) is shown, with its path, at its nearest control, and one with no
 * control at all is listed in the summary, so no message is lost. The API's field messages (English) are said in the reader's
 * language when they are among the common ones. A control's own hint (`data-hint` = the hint's id) stays described.
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
 * @param {{summary?: string, byStatus?: Object<number, string>}} options `summary` replaces the summary;
 *   `byStatus` replaces it for a status (e.g. `{409: 'someone else saved meanwhile'}`)
 */
export function showErrors(form, error, { summary, byStatus = {} } = {}) {
  clearErrors(form);
  const placed = {};
  const unplaced = [];
  for (const [key, message] of Object.entries(error.errors ?? {})) {
    const name = controlFor(form, key);
    const text = fieldMessage(message);
    if (!name) unplaced.push(`${key}: ${text}`);
    else if (!(name in placed)) placed[name] = name === key ? text : `${key}: ${text}`;
  }
  let box = form.querySelector('.form-errors');
  if (!box) {
    box = h('div', { class: 'form-errors' });
    form.prepend(box);
  }
  replace(box, h('p', { role: 'alert' }, summary ?? byStatus[error.status] ?? summaryFor(error)),
    unplaced.length ? h('ul', {}, unplaced.map((line) => h('li', {}, line))) : null);
  for (const [name, message] of Object.entries(placed)) {
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    const id = `${input.id || name.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', [input.dataset.hint, id].filter(Boolean).join(' '));
    (input.closest('.checkboxes') ?? input).after(h('p', { class: 'field-error', id }, message));
  }
  const first = form.querySelector('[aria-invalid="true"]') ?? box.querySelector('[role="alert"]');
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
  const box = form.querySelector('.form-errors');
  if (box) box.replaceChildren();
}

/** @returns {string} what a form's summary says about an error, by its status, in the reader's language */
export function summaryFor(error) {
  const fields = Object.keys(error.errors ?? {}).length;
  if (fields > 0) return t('form.error.fields', { count: fields });
  if (SUMMARIES[error.status]) return t(SUMMARIES[error.status]);
  return error.status >= 500 || !error.message ? t('form.error.other') : error.message;
}

function controlFor(form, key) {
  for (const name of [key, key.replace(/\[\d+\]$/, ''), key.replace(/\[\d+\].*$/, ''), key.replace(/\..*$/, '')]) {
    if (form.querySelector(`[name="${CSS.escape(name)}"]`)) return name;
  }
  return null;
}
