import { h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { showErrors, summaryFor } from '../../core/forms.js';
import { notify } from './notice.js';

/**
 * Shows a refused call: a concurrent change (409 naming no field) as "changed meanwhile" with a button that loads
 * the latest version; a form's refusal the portal's way, at its fields; anything else in the notice.
 *
 * @param {HTMLElement} box where the notice goes
 * @param {{status: number, message: string, errors?: Object<string, string>}} error an ApiError
 * @param {{form?: HTMLFormElement, reload?: () => void}} [options] the form the call came from, what loads the
 *   latest version
 */
export function showProblem(box, error, { form, reload } = {}) {
  if (error.status === 409 && reload && Object.keys(error.errors ?? {}).length === 0) {
    notify(box, `${t('kit.stale')} (${error.message})`, { error: true,
      more: [h('button', { type: 'button', class: 'button secondary', onclick: reload }, t('kit.reload'))] });
  } else if (form) {
    box.replaceChildren();
    showErrors(form, error);
  } else {
    notify(box, summaryFor(error), { error: true });
  }
}

/**
 * Runs an action of a screen: the call, then the screen drawn again and a notice of the outcome; a refused call
 * shown by {@link showProblem}.
 *
 * @param {() => Promise<unknown>} call the API call
 * @param {{box: HTMLElement, done: string, redraw: () => Promise<void>, form?: HTMLFormElement}} how the notice's
 *   place (kept when the screen is drawn again), what to say when done, what draws the screen again, the form
 * @returns {Promise<boolean>} whether it was done
 */
export async function act(call, { box, done, redraw, form }) {
  try {
    await call();
  } catch (error) {
    showProblem(box, error, { form, reload: redraw });
    return false;
  }
  await redraw();
  notify(box, done);
  return true;
}
