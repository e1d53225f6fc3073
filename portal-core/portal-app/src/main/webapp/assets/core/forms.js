import { h, replace } from './dom.js';
import { t } from './i18n.js';

/**
 * Shows an API error at a form: a summary that screen readers announce (role="alert") and, for every field the
 * problem names, the message next to that field with aria-invalid and aria-describedby set. Fields are found by
 * their `name`.
 */
export function showErrors(form, error) {
  clearErrors(form);
  let summary = form.querySelector('.form-errors');
  if (!summary) {
    summary = h('div', { class: 'form-errors' });
    form.prepend(summary);
  }
  replace(summary, h('p', { role: 'alert' }, error.message || t('error.title')));
  for (const [field, message] of Object.entries(error.errors ?? {})) {
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (!input) continue;
    const id = `${input.id || input.name}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    input.after(h('p', { class: 'field-error', id }, message));
  }
}

/** Removes what {@link showErrors} added. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    e.removeAttribute('aria-describedby');
  });
  const summary = form.querySelector('.form-errors');
  if (summary) summary.replaceChildren();
}
