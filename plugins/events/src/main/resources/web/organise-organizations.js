import { h, replace, api, catalogue, field, pick } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'organise');

/**
 * Choosing member organizations from the portal's directory (GET /api/directory/organizations?q=): a search box,
 * its matches as buttons that add one, and the chosen ones with a button each to remove it. With `single`, a new
 * choice replaces the previous one.
 *
 * @param {{id: string, name: string, legend: string, chosen: string[], single?: boolean}} options `name` is the
 *   JSON path its errors name; `chosen` the aliases chosen already
 * @returns {Promise<{element: HTMLElement, chosen: () => string[], clear: () => void}>}
 */
export async function organizationPicker({ id, name, legend, chosen = [], single = false }) {
  const picked = new Map(await Promise.all(chosen.map(async (alias) => [alias, await nameOf(alias)])));
  const list = h('div', { class: 'organise-chosen' });
  const results = h('ul', { class: 'organise-matches', id: `${id}-matches`, 'aria-live': 'polite' });
  const search = h('input', { type: 'search', autocomplete: 'off',
    onkeydown: (key) => {
      if (key.key === 'Enter') {
        key.preventDefault();
        find();
      }
    } });
  const element = h('fieldset', { class: 'organise-picker', 'data-path': name },
    h('legend', {}, legend),
    list,
    h('div', { class: 'organise-search' },
      field({ id: `${id}-search`, label: t('searchOrganization'), control: search, hint: t('searchHint') }),
      h('button', { type: 'button', class: 'button secondary', 'aria-controls': `${id}-matches`, onclick: find },
        t('searchButton'))),
    results);
  drawChosen();
  return { element, chosen: () => [...picked.keys()], clear: () => { picked.clear(); drawChosen(); } };

  async function nameOf(alias) {
    try {
      const record = await api.get(`/api/organizations/${encodeURIComponent(alias)}`);
      return pick({ ja: record.profile?.nameJa, en: record.profile?.nameEn }) || alias;
    } catch {
      return alias;
    }
  }

  async function find() {
    const typed = search.value.trim();
    if (!typed) return;
    const page = await api.get(`/api/directory/organizations?${new URLSearchParams({ q: typed, limit: '10' })}`);
    replace(results, page.items.length === 0 ? h('li', {}, t('noMatch')) : page.items.map((item) => {
      const label = pick({ ja: item.nameJa, en: item.nameEn }) || item.name || item.id;
      return h('li', {}, h('button', { type: 'button', class: 'link-button', 'data-organization': item.id,
        onclick: () => {
          if (single) picked.clear();
          picked.set(item.id, label);
          drawChosen();
          replace(results);
          search.value = '';
          search.focus();
        } }, `${t('add')}: ${label}`));
    }));
  }

  function drawChosen() {
    replace(list, picked.size === 0 ? h('p', { class: 'meta' }, t('noneChosen'))
      : h('ul', { class: 'tags' }, [...picked].map(([alias, label]) => h('li', { 'data-organization': alias },
        label, ' ',
        h('button', {
          type: 'button', class: 'link-button', 'aria-label': t('remove', { name: label }),
          onclick: () => {
            picked.delete(alias);
            drawChosen();
            search.focus();
          },
        }, '×')))));
  }
}
