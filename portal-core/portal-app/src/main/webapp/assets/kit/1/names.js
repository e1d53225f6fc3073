import { h } from '../../core/dom.js';
import { pick } from '../../core/i18n.js';
import { get } from '../../core/api.js';
import { reference } from '../../core/reference.js';

/**
 * One of the portal's closed lists (`/api/public/reference`: `regions`, `prefectures`...), ready for screens.
 *
 * @param {string} list the list's name, e.g. 'regions'
 * @returns {Promise<{items: Array<[string, string]>, name: (code: string) => string}>} its codes with their names in
 *   the reader's language (for `select`, `choices`), and a code's name (the code itself when unknown, '' for none)
 */
export async function referenceList(list) {
  const entries = (await reference())[list] ?? [];
  const items = entries.map((entry) => [entry.code, pick(entry)]);
  const names = new Map(items);
  return { items, name: (code) => names.get(code) ?? code ?? '' };
}

let members;

/**
 * @param {string} alias a member organization's alias
 * @returns {Promise<string>} its name in the reader's language, from the portal's public member list (loaded once
 *   per page; the alias for an organization not on it)
 */
export async function organizationName(alias) {
  members ??= get('/api/public/members').catch(() => []);
  const member = (await members).find((m) => m.id === alias);
  return member ? pick({ ja: member.nameJa, en: member.nameEn }) : alias;
}

/**
 * A state as a badge: its words, with classes to colour it by its code (`<stem> <stem>-<code>`).
 *
 * @param {string} stem the badges' class, e.g. 'event-badge'
 * @param {string} code the state's code, e.g. 'confirmed'
 * @param {string} label its words
 * @returns {HTMLElement} the badge (`span`)
 */
export function badge(stem, code, label) {
  return h('span', { class: `${stem} ${stem}-${code}` }, label);
}
