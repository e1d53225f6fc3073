/**
 * Pieces the organisers' screens share: the API's base, the screen's stylesheet, labelled fields, the notice after
 * an action, and field errors shown at their fields.
 */
export const API = '/api/plugins/events';

/** @returns {string} the organisers' screen's address with these query parameters */
export function screen(params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null));
  const text = query.toString();
  return `/p/events/organise${text ? `?${text}` : ''}`;
}

/** Loads the screens' stylesheet once (the portal's CSP allows styles from the portal itself only). */
export function useStyles() {
  if (document.getElementById('events-organise-styles')) return;
  const link = document.createElement('link');
  link.id = 'events-organise-styles';
  link.rel = 'stylesheet';
  link.href = new URL('./organise.css', import.meta.url).pathname;
  document.head.append(link);
}

/**
 * A labelled control.
 *
 * @param h the DOM builder
 * @param {string} id the control's id
 * @param {string} label its label
 * @param {Node} control the input, select or textarea (with that id)
 * @param {string} [hint] a hint below the label, which the control is described by
 */
export function field(h, id, label, control, hint) {
  if (hint) {
    control.setAttribute('aria-describedby', `${id}-hint`);
    control.dataset.hint = `${id}-hint`;
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    hint ? h('p', { class: 'meta field-hint', id: `${id}-hint` }, hint) : null, control);
}

/**
 * Shows the outcome of an action in a notice that takes the focus (announced to screen readers).
 *
 * @param h the DOM builder
 * @param {HTMLElement} box where
 * @param {string} message what happened
 * @param {'ok'|'error'} [kind]
 */
export function notify(h, box, message, kind = 'ok') {
  box.replaceChildren(h('p', { class: `organise-notice organise-notice-${kind}`, tabindex: '-1',
    role: kind === 'error' ? 'alert' : 'status' }, message));
  box.firstChild.focus();
}

/**
 * Shows what the server refused at a form: a summary (role=alert) at the top and each field's message next to
 * the control whose name (or data-path, for groups) is the JSON path the problem names. A path deeper than any
 * control (sessions[0].end with no such control) goes to its nearest one, with the path; one with no place at all
 * is listed in the summary.
 *
 * @param h the DOM builder
 * @param {HTMLFormElement} form the form
 * @param {{status?: number, message?: string, errors?: object}} error the API's error
 * @param {string} summary what the summary says
 * @param {Node[]} [more] what follows the summary (e.g. a reload button)
 */
export function showErrors(h, form, error, summary, more = []) {
  clearErrors(form);
  const unplaced = [];
  for (const [path, message] of Object.entries(error.errors ?? {})) {
    const place = placeFor(form, path);
    if (!place) {
      unplaced.push(`${path}: ${message}`);
      continue;
    }
    const id = `${place.element.id || place.path.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
    if (document.getElementById(id)) continue;
    const text = place.path === path ? message : `${path}: ${message}`;
    place.element.setAttribute('aria-invalid', 'true');
    place.element.setAttribute('aria-describedby', [place.element.dataset.hint, id].filter(Boolean).join(' '));
    const note = h('p', { class: 'field-error', id }, text);
    if (place.element.matches('fieldset')) place.element.querySelector('legend').after(note);
    else (place.element.closest('.check') ?? place.element).after(note);
  }
  const box = form.querySelector('.form-errors');
  box.replaceChildren(h('p', { role: 'alert' }, summary),
    ...(unplaced.length ? [h('ul', {}, unplaced.map((line) => h('li', {}, line)))] : []), ...more);
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

function placeFor(form, path) {
  const candidates = [path];
  for (let shorter = path; /[.[]/.test(shorter);) {
    shorter = shorter.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    candidates.push(shorter);
  }
  for (const candidate of candidates) {
    const element = form.querySelector(`[name="${CSS.escape(candidate)}"], [data-path="${CSS.escape(candidate)}"]`);
    if (element) return { path: candidate, element };
  }
  return null;
}

/** @returns {string} an instant as a local date and time in a zone, as a datetime-local input holds it */
export function localIn(instant, zone) {
  if (!instant) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone || 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
    minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** @returns {string} the text of an answer to a question (choice: the option's label; yes-no: yes or no) */
export function answerText(question, value, language, text) {
  if (value === undefined || value === null || value === '') return text.none0;
  if (question.type === 'yes-no') return value === 'yes' ? text.yes : text.no;
  if (question.type === 'choice') {
    const option = question.options?.[Number(value)];
    return option ? (language === 'en' ? option.en : option.ja) : String(value);
  }
  return String(value);
}

/** @returns {string} a text pair in the reader's language (the other when it is empty) */
export function pick(texts, language) {
  if (!texts) return '';
  return (language === 'en' ? texts.en || texts.ja : texts.ja || texts.en) ?? '';
}

/** @returns {string} whom a registrant comes for: the member's alias, or the organization they wrote */
export function organizationOf(registration) {
  return registration.organizationId || registration.organization || '';
}
