import { h, replace } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { get } from '../../core/api.js';
import { field } from './fields.js';

/**
 * Choosing member organizations from the portal's directory (GET /api/directory/organizations?q=): a search box, its
 * matches as buttons that add one, and the chosen ones with a button each to remove it. The group's `data-path` is
 * `name`, so that a refused form's errors for it (`audience.organizations`, `organizations[1]`) are shown at it.
 *
 * @param {{id: string, name: string, legend: string, chosen?: string[]|Map<string, string>, single?: boolean}}
 *   options the ids' stem, the JSON path of the field, the group's legend, the organizations chosen already (aliases,
 *   whose names are looked up, or alias → name), and whether a new choice replaces the previous one
 * @returns {Promise<{element: HTMLFieldSetElement, chosen: () => string[], clear: () => void}>} the group, the
 *   aliases chosen, and a way to empty it
 */
export async function organizationPicker({ id, name, legend, chosen = [], single = false }) {
  const picked = chosen instanceof Map ? new Map(chosen)
    : new Map(await Promise.all(chosen.map(async (alias) => [alias, await nameOf(alias)])));
  const list = h('div', { class: 'organization-chosen' });
  const results = h('ul', { class: 'organization-matches', id: `${id}-matches`, 'aria-live': 'polite' });
  const search = h('input', { type: 'search', autocomplete: 'off', onkeydown: (key) => {
    if (key.key === 'Enter') {
      key.preventDefault();
      find();
    }
  } });
  const element = h('fieldset', { class: 'organization-picker', 'data-path': name },
    h('legend', {}, legend),
    list,
    h('div', { class: 'organization-search' },
      field({ id: `${id}-search`, label: t('kit.organizations.search'), hint: t('kit.organizations.hint'),
        control: search }),
      h('button', { type: 'button', class: 'button secondary', 'aria-controls': `${id}-matches`, onclick: find },
        t('kit.organizations.find'))),
    results);
  drawChosen();
  return { element, chosen: () => [...picked.keys()], clear: () => { picked.clear(); drawChosen(); } };

  function drawChosen() {
    replace(list, picked.size === 0 ? h('p', { class: 'meta' }, t('kit.organizations.none'))
      : h('ul', { class: 'tags' }, [...picked].map(([alias, label]) => h('li', { 'data-organization': alias },
        label, ' ',
        h('button', {
          type: 'button', class: 'link-button', 'aria-label': t('kit.organizations.remove', { name: label }),
          onclick: () => {
            picked.delete(alias);
            drawChosen();
            search.focus();
          },
        }, '×')))));
  }

  async function find() {
    const typed = search.value.trim();
    if (!typed) return;
    const page = await get(`/api/directory/organizations?${new URLSearchParams({ q: typed, limit: '10' })}`);
    replace(results, page.items.length === 0 ? h('li', {}, t('kit.organizations.noMatch'))
      : page.items.map((item) => {
        const label = pick({ ja: item.nameJa, en: item.nameEn }) || item.name || item.id;
        return h('li', {}, h('button', { type: 'button', class: 'link-button', 'data-organization': item.id,
          onclick: () => {
            if (single) picked.clear();
            picked.set(item.id, label);
            drawChosen();
            replace(results);
            search.value = '';
            search.focus();
          } }, `${t('kit.organizations.add')}: ${label}`));
      }));
  }
}

/** @returns {Promise<string>} an organization's name in the reader's language (its alias when it cannot be read) */
async function nameOf(alias) {
  try {
    const record = await get(`/api/organizations/${encodeURIComponent(alias)}`);
    return pick({ ja: record.profile?.nameJa, en: record.profile?.nameEn }) || alias;
  } catch {
    return alias;
  }
}
