import { h } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { send, ApiError } from '../../core/api.js';
import { caller } from '../../core/session.js';

/**
 * Pieces shared by the forms of this area (the public application, a member's profile, people, identity
 * provider): labelled controls whose `name` is the JSON path the API names in its errors (core/forms.js shows
 * the errors there), a status line, and posting to the public API.
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

/** A status line that screen readers announce politely (saved, sending...). */
export function statusLine() {
  return h('p', { class: 'form-status', role: 'status' });
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
