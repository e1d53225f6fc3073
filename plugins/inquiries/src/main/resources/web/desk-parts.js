/**
 * What the desk's screens share (desk.js, desk-case.js, desk-rules.js, desk-replies.js): their addresses, the
 * outcome of an action, a refused call (a concurrent change as "changed meanwhile, reload"), selects of closed lists
 * and service-level badges that say their state in words. The rest is common.js's and the kit's.
 */
import { h, catalogue, notify, pick, showErrors, summaryFor } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'desk');

/** @returns {string} a desk screen's address (`desk`, `desk-case`, ...) with these query parameters */
export function screen(key, params = {}) {
  const query = new URLSearchParams(Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const text = query.toString();
  return `/p/inquiries/${key}${text ? `?${text}` : ''}`;
}

/** @returns {boolean} whether the user is the secretariat */
export function isSecretariat(user) {
  return user?.roles?.includes('secretariat') ?? false;
}

/**
 * @param {string} name the select's name
 * @param {Array<[string, string]>} items the choices as [code, label]
 * @param {string|null} selected the chosen code
 * @param {string} [noneLabel] the label of a first, empty option; none when undefined
 * @returns {HTMLSelectElement} a select of a closed list
 */
export function choice(name, items, selected, noneLabel) {
  return h('select', { name },
    noneLabel === undefined ? null : h('option', { value: '' }, noneLabel),
    items.map(([code, label]) => h('option', { value: code, selected: code === selected }, label)));
}

/**
 * Shows a refused call: a concurrent change (409 naming no field) as "changed meanwhile" with a button that reloads;
 * a form's refusal the portal's way, at its fields; anything else in the notice.
 *
 * @param {HTMLElement} box where the notice goes
 * @param {{status: number, message: string, errors?: Object<string, string>}} error an ApiError
 * @param {{form?: HTMLFormElement, reload?: () => void}} [options]
 */
export function showProblem(box, error, { form, reload } = {}) {
  if (error.status === 409 && reload && Object.keys(error.errors ?? {}).length === 0) {
    notify(box, `${t('stale')} (${error.message})`, { error: true,
      more: [h('button', { type: 'button', class: 'button secondary', onclick: reload }, t('reload'))] });
  } else if (form) {
    box.replaceChildren();
    showErrors(form, error);
  } else {
    notify(box, summaryFor(error), { error: true });
  }
}

/**
 * Runs an action of a screen: the call, then the notice of its outcome and the screen drawn again; a refused call
 * shown by {@link showProblem}.
 *
 * @param {() => Promise<unknown>} call the API call
 * @param {{box: HTMLElement, done: string, redraw: () => Promise<void>, form?: HTMLFormElement}} how
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

/**
 * @param {{code: string, label: string}|null} level where a target stands (null: no target)
 * @param {string} target which target, in words
 * @returns {HTMLElement|null} its badge: the state in words (colour and an icon only add to them)
 */
export function levelBadge(level, target) {
  if (!level) return null;
  const icons = { 'on-time': '○', 'due-soon': '△', overdue: '!', met: '✓', missed: '×' };
  return h('span', { class: `desk-level desk-level-${level.code}`, 'data-level': level.code },
    h('span', { 'aria-hidden': 'true' }, `${icons[level.code] ?? ''} `), t('levelOf', { target, state: level.label }));
}

/** @returns {string} an organization's name in the portal's language (a routing rule's or suggestion's view) */
export function organizationLabel(organization) {
  if (!organization) return '';
  return pick({ ja: organization.nameJa, en: organization.nameEn }) || organization.id;
}
