/**
 * What the desk's screens share (desk.js, desk-case.js, desk-rules.js, desk-replies.js): their addresses and
 * stylesheet, the outcome of an action, problems shown at their fields (a concurrent change as "changed meanwhile,
 * reload") and service-level badges that say their state in words; the API's base, labelled fields and clearing
 * errors come from common.js.
 */
import { words } from './desk-text.js';
import { clearErrors } from './common.js';

export { API, field, clearErrors } from './common.js';

/** @returns {string} a desk screen's address (`desk`, `desk-case`, ...) with these query parameters */
export function screen(key, params = {}) {
  const query = new URLSearchParams(Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const text = query.toString();
  return `/p/inquiries/${key}${text ? `?${text}` : ''}`;
}

/** Adds the desk's stylesheet to the page once (a file of the plugin: the CSP allows no inline style). */
export function useStyles() {
  const href = new URL('./desk.css', import.meta.url).href;
  if (!document.querySelector(`link[data-plugin-styles="inquiries-desk"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.pluginStyles = 'inquiries-desk';
    document.head.append(link);
  }
}

/** @returns {boolean} whether the caller is the secretariat */
export function isSecretariat(portal) {
  return portal.user?.roles?.includes('secretariat') ?? false;
}

/** @returns {HTMLSelectElement} a select of a closed list (code → label), with a first option for "none" */
export function choice(portal, name, labels, selected, noneLabel) {
  const { h } = portal;
  return h('select', { name },
    noneLabel === undefined ? null : h('option', { value: '' }, noneLabel),
    Object.entries(labels).map(([code, label]) => h('option', { value: code, selected: code === selected }, label)));
}

/**
 * Shows the outcome of an action in a notice that takes the focus (announced to screen readers).
 *
 * @param {HTMLElement} box where
 * @param {string} message what happened
 * @param {'ok'|'error'} [kind]
 * @param {Node[]} [more] what follows the message (e.g. a button to reload)
 */
export function notify(portal, box, message, kind = 'ok', more = []) {
  const { h, replace } = portal;
  replace(box, h('div', { class: `desk-notice desk-notice-${kind}`, tabindex: '-1',
    role: kind === 'error' ? 'alert' : 'status' }, h('p', {}, message), ...more));
  box.firstChild.focus();
}

/**
 * Shows a refused call: a concurrent change (409 naming no field) as "changed meanwhile" with a button that reloads;
 * the fields a problem names at the form's controls of that name (aria-invalid, the message tied by
 * aria-describedby; a name the form has no control for is listed in the summary); anything else as the server's
 * message.
 *
 * @param {HTMLElement} box where the summary goes
 * @param {{status: number, message: string, errors?: Object<string, string>}} error an ApiError
 * @param {{form?: HTMLFormElement, reload?: () => void}} [options]
 */
export function showProblem(portal, box, error, { form, reload } = {}) {
  const { h } = portal;
  const text = words(portal.language);
  if (form) clearErrors(form);
  const fields = Object.entries(error.errors ?? {});
  if (error.status === 409 && reload && fields.length === 0) {
    notify(portal, box, `${text.stale} (${error.message})`, 'error',
      [h('button', { type: 'button', class: 'button secondary', onclick: reload }, text.reload)]);
    return;
  }
  const unplaced = [];
  for (const [path, message] of fields) {
    const controls = form ? [...form.querySelectorAll(`[name="${CSS.escape(path)}"]`)] : [];
    if (controls.length === 0) {
      unplaced.push(`${path}: ${message}`);
      continue;
    }
    const id = `${controls[0].id || path.replace(/[^A-Za-z0-9_-]/g, '-')}-error`;
    for (const control of controls) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [control.dataset.hint, id].filter(Boolean).join(' '));
    }
    controls[controls.length - 1].after(h('p', { class: 'field-error', id }, message));
  }
  const said = fields.length > 0 ? text.errors(fields.length)
    : error.status === 403 ? text.forbidden : (error.status >= 500 || !error.message ? text.failed : error.message);
  notify(portal, box, said, 'error', unplaced.length ? [h('ul', {}, unplaced.map((line) => h('li', {}, line)))] : []);
  form?.querySelector('[aria-invalid]')?.focus();
}

/**
 * Runs an action of a screen: the call, then the notice of its outcome and the screen drawn again; a refused call
 * shown by {@link showProblem}.
 *
 * @param {() => Promise<unknown>} call the API call
 * @param {{box: HTMLElement, done: string, redraw: () => Promise<void>, form?: HTMLFormElement}} how
 */
export async function act(portal, call, { box, done, redraw, form }) {
  try {
    await call();
  } catch (error) {
    showProblem(portal, box, error, { form, reload: redraw });
    return false;
  }
  await redraw();
  notify(portal, box, done);
  return true;
}

/**
 * @param {{code: string, label: string}|null} level where a target stands (null: no target)
 * @param {string} target which target, in words
 * @returns {HTMLElement|null} its badge: the state in words (colour and an icon only add to them)
 */
export function levelBadge(portal, level, target) {
  if (!level) return null;
  const { h } = portal;
  const text = words(portal.language);
  const icons = { 'on-time': '○', 'due-soon': '△', overdue: '!', met: '✓', missed: '×' };
  return h('span', { class: `desk-level desk-level-${level.code}`, 'data-level': level.code },
    h('span', { 'aria-hidden': 'true' }, `${icons[level.code] ?? ''} `), text.levelOf(target, level.label));
}

/** @returns {string} an organization's name in the portal's language (a routing rule's or suggestion's view) */
export function organizationLabel(portal, organization) {
  if (!organization) return '';
  return (portal.language === 'en' ? organization.nameEn || organization.nameJa
    : organization.nameJa || organization.nameEn) || organization.id;
}

/** @returns {string} a number of bytes as people read it */
export function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
