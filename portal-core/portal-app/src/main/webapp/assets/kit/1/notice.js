import { h, replace } from '../../core/dom.js';

/**
 * Shows the outcome of an action in a notice that takes the focus, so that keyboard and screen-reader users hear it
 * (the button they pressed may be gone): role="status" for what went well, role="alert" for what did not.
 *
 * @param {HTMLElement} box where the notice goes (its content is replaced)
 * @param {string} message what happened
 * @param {{error?: boolean, more?: Node[], class?: string}} [options] whether it went wrong; what follows the message
 *   (e.g. a button to reload); the notice's class, also as `<class>-ok` or `<class>-error` (`notice` by default)
 * @returns {HTMLElement} the notice
 */
export function notify(box, message, { error = false, more = [], class: name = 'notice' } = {}) {
  const notice = h('div', { class: `${name} ${name}-${error ? 'error' : 'ok'}`, tabindex: '-1',
    role: error ? 'alert' : 'status' }, h('p', {}, message), ...more);
  replace(box, notice);
  notice.focus();
  return notice;
}
