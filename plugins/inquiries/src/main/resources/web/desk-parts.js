/**
 * What the desk's screens share (desk.js, desk-case.js, desk-rules.js, desk-replies.js): their addresses, who is the
 * secretariat, service-level badges that say their state in words and organizations' names. The rest is common.js's
 * and the kit's (an action's outcome and a refused call: the kit's `act` and `showProblem`).
 */
import { h, catalogue, pick, address } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'desk');

/** @returns {string} a desk screen's address (`desk`, `desk-case`, ...) with these query parameters */
export function screen(key, params = {}) {
  return address(`/p/inquiries/${key}`, params);
}

/** @returns {boolean} whether the user is the secretariat */
export function isSecretariat(user) {
  return user?.roles?.includes('secretariat') ?? false;
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
