import { h } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { showErrors, clearErrors } from '../../core/forms.js';
import { send, ApiError } from '../../core/api.js';
import { caller } from '../../core/session.js';

/**
 * Pieces shared by the forms of this area (the public application, a member's profile, people, identity
 * provider): labelled controls whose `name` is the JSON path the API names in its errors, and the API's field
 * messages in the reader's language.
 */

let counter = 0;

/** @returns {string} an id for a control named `name` (JSON paths hold dots and brackets) */
export function idFor(name) {
  counter += 1;
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-${counter}`;
}

/**
 * A labelled text control.
 * @param {string} name the control's name = the JSON path the API names in its errors
 * @param {string} label visible label
 * @param {object} options `value`, `type`, `required`, `hint`, `autocomplete`, `multiline`, `lang`, `inputmode`
 */
export function textField(name, label, options = {}) {
  const id = idFor(name);
  const hintId = options.hint ? `${id}-hint` : null;
  const attributes = {
    id, name, value: options.value ?? '', required: !!options.required, 'aria-required': options.required ? 'true' : null,
    autocomplete: options.autocomplete, lang: options.lang, inputmode: options.inputmode,
    'aria-describedby': hintId, 'data-hint': hintId,
  };
  const control = options.multiline
    ? h('textarea', { ...attributes, rows: options.rows ?? 6 })
    : h('input', { ...attributes, type: options.type ?? 'text' });
  return h('div', { class: 'field' },
    h('label', { for: id }, label, options.required ? requiredMark() : null),
    hintId ? h('p', { class: 'meta field-hint', id: hintId }, options.hint) : null,
    control);
}

/** A labelled select of a closed list (`{code, ja, en}`), with an empty first choice. */
export function selectField(name, label, items, selected, options = {}) {
  const id = idFor(name);
  return h('div', { class: 'field' },
    h('label', { for: id }, label, options.required ? requiredMark() : null),
    h('select', { id, name, required: !!options.required },
      options.noEmpty ? null : h('option', { value: '' }, options.empty ?? t('profile.form.choose')),
      items.map((item) => h('option', { value: item.code, selected: item.code === selected }, pick(item)))));
}

/** A group of checkboxes for a closed list: a fieldset whose legend is the label. */
export function checkboxGroup(name, legend, items, checked = []) {
  return h('fieldset', { class: 'checkboxes' },
    h('legend', {}, legend),
    h('ul', { class: 'checkbox-list' }, items.map((item) => {
      const id = idFor(`${name}-${item.code}`);
      return h('li', {},
        h('input', { type: 'checkbox', id, name, value: item.code, checked: checked.includes(item.code) }),
        h('label', { for: id }, pick(item)));
    })));
}

/** The mark of a required field: visible, and read out as "required". */
export function requiredMark() {
  return h('span', { class: 'required-mark' }, ` ${t('profile.form.required')}`);
}

/** @returns {string|null} the trimmed value of the control named `name`, null when empty */
export function value(form, name) {
  const control = form.elements.namedItem(name);
  const text = control && 'value' in control ? String(control.value).trim() : '';
  return text === '' ? null : text;
}

/** @returns {string[]} the values of the checked boxes named `name` */
export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[type=checkbox][name="${CSS.escape(name)}"]:checked`)].map((c) => c.value);
}

/** The API's field messages are English; known ones are said in the reader's language. */
const MESSAGES = [
  [/^required$/, 'profile.error.required'],
  [/^not an e-mail address$/, 'profile.error.email'],
  [/must be a well-formed email address/, 'profile.error.email'],
  [/^must not be blank$/, 'profile.error.required'],
  [/^hiragana or katakana only$/, 'profile.error.kana'],
  [/^an http or https URL/, 'profile.error.url'],
  [/^an http\(s\) URL$/, 'profile.error.url'],
  [/^a Japanese postal code/, 'profile.error.postalCode'],
  [/^digits, spaces, '\+', '-' and parentheses/, 'profile.error.phone'],
  [/^at most (\d+) characters$/, 'profile.error.tooLong'],
  [/^an organization or application of this name exists already$/, 'apply.error.duplicate'],
  [/^an e-mail domain such as/, 'profile.error.domain'],
];

/** @returns {string} the field message in the reader's language, or as the API said it */
export function fieldMessage(message) {
  for (const [pattern, key] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return t(key, { max: match[1] ?? '' });
  }
  return message;
}

/**
 * @param {ApiError} error an error of the API
 * @param {string} summary what to say above the form (the reader's language)
 * @returns {{message: string, errors: Object<string, string>}} what `showErrors` shows
 */
export function localized(error, summary) {
  const errors = {};
  for (const [field, message] of Object.entries(error.errors ?? {})) errors[field] = fieldMessage(message);
  return { message: summary, errors };
}

/**
 * The summary for an error of a form: 400/422 "check the marked fields", 403 not allowed, 409 changed
 * meanwhile, 429 too many, 503 try again.
 */
export function summaryOf(error, prefix = 'profile') {
  switch (error.status) {
    case 400: case 422: return t('profile.error.fields');
    case 403: return t('profile.error.forbidden');
    case 409: return t(`${prefix}.error.conflict`);
    case 429: return t('profile.error.tooMany');
    case 502: case 503: return t('profile.error.unavailable');
    default: return t('profile.error.other');
  }
}

/** A status line that screen readers announce politely (saved, sending...). */
export function statusLine() {
  return h('p', { class: 'form-status', role: 'status' });
}

/** Moves focus to the first invalid field (or the summary) after showErrors. */
export function focusFirstError(form) {
  const target = form.querySelector('[aria-invalid="true"]') ?? form.querySelector('.form-errors [role="alert"]');
  if (target) {
    if (!target.matches('input, select, textarea')) target.setAttribute('tabindex', '-1');
    target.focus();
  }
}

/** showErrors with the fields' messages in the reader's language; a field keeps its hint described too. */
export function showFieldErrors(form, error, summary) {
  showErrors(form, localized(error, summary));
  form.querySelectorAll('[aria-invalid="true"][data-hint]').forEach((control) => {
    control.setAttribute('aria-describedby', `${control.dataset.hint} ${control.getAttribute('aria-describedby')}`);
  });
  focusFirstError(form);
}

/** clearErrors, keeping the fields' hints described. */
export function clearFieldErrors(form) {
  clearErrors(form);
  form.querySelectorAll('[data-hint]').forEach((control) => control.setAttribute('aria-describedby', control.dataset.hint));
}

/**
 * POST to the public API: a visitor has no session and so no CSRF token (nor needs one); a logged-in reader's
 * cookie authenticates the call, so it carries their token as every other call does.
 */
export async function publicPost(path, payload) {
  if (await caller()) return send('POST', path, payload);
  const response = await fetch(path, {
    method: 'POST', credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
  const type = response.headers.get('Content-Type') ?? '';
  const answer = type.includes('json') ? await response.json() : { detail: await response.text() };
  if (!response.ok) throw new ApiError(response.status, answer);
  return answer;
}
