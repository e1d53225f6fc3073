import { h, replace } from '../core/dom.js';
import { t, pick, language } from '../core/i18n.js';
import { get } from '../core/api.js';
import { reference } from '../core/reference.js';
import { japanMap } from '../components/japan-map.js';

/**
 * The member directory: search as one types it (width, kana and legal forms do not matter), filters by region,
 * prefecture, kind and field, a map of Japan shaded by members per prefecture (a prefecture filters), and pages
 * that load on demand. The filters live in the address, so a search can be bookmarked and the back button works.
 */
export async function render(main, { query, navigate }) {
  const lists = await reference();
  const [page, counts] = await Promise.all([
    get(`/api/directory/organizations?${apiQuery(query)}`),
    get('/api/directory/prefectures'),
  ]);
  const results = h('ul', { class: 'results', 'aria-live': 'polite' }, page.items.map(entry));
  const more = h('p', {});
  showMore(more, results, page, query);

  const form = h('form', { class: 'filters', role: 'search', onsubmit: (event) => search(event, navigate) },
    field('q', t('directory.query'), h('input', { id: 'q', name: 'q', type: 'search', value: query.get('q') ?? '' })),
    field('region', t('directory.region'), select('region', lists.regions, query.get('region'))),
    field('prefecture', t('directory.prefecture'), select('prefecture', lists.prefectures, query.get('prefecture'))),
    field('kind', t('directory.kind'), select('kind', lists.kinds, query.get('kind'))),
    field('field', t('directory.field'), select('field', lists.fields, query.get('field'))),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('directory.search'))));

  replace(main,
    h('h1', {}, t('directory.title')),
    h('div', { class: 'directory' },
      h('section', { 'aria-labelledby': 'search-heading' },
        h('h2', { id: 'search-heading', class: 'visually-hidden' }, t('directory.search')),
        form,
        h('p', { class: 'meta', id: 'result-count' }, t(page.totalExact === false ? 'directory.countAtLeast'
          : 'directory.count', { count: page.total })),
        results, more),
      h('section', { 'aria-labelledby': 'map-heading' },
        h('h2', { id: 'map-heading' }, t('map.title')),
        japanMap({
          prefectures: lists.prefectures, counts, selected: query.get('prefecture'),
          href: (code) => `/directory?prefecture=${code}`,
        }))));
}

function apiQuery(query) {
  const params = new URLSearchParams();
  for (const key of ['q', 'region', 'prefecture', 'kind', 'field']) {
    if (query.get(key)) params.set(key, query.get(key));
  }
  params.set('limit', '20');
  return params;
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function select(name, items, selected) {
  return h('select', { id: name, name },
    h('option', { value: '' }, t('directory.any')),
    items.map((item) => h('option', { value: item.code, selected: item.code === selected }, pick(item))));
}

function search(event, navigate) {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(event.target)) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  navigate(`/directory?${params}`);
}

/** One organization: its name in the reader's language (the other below), where it is and what it is. */
function entry(item) {
  const english = item.name !== undefined;
  const name = english ? item.name : (language() === 'ja' ? item.nameJa : item.nameEn);
  const other = english ? null : (language() === 'ja' ? item.nameEn : item.nameJa);
  const place = english ? item.prefecture : item.prefecture && pick(item.prefecture);
  const kind = english ? item.kind : pick(item.kind);
  return h('li', { class: 'card', 'data-organization': item.id },
    h('h3', {}, h('a', { href: '/organizations/' + encodeURIComponent(item.id) }, name)),
    other ? h('p', { class: 'meta' }, other) : null,
    h('p', {}, [place, kind].filter(Boolean).join(' · ')));
}

function showMore(container, list, page, query) {
  if (!page.next) {
    replace(container);
    return;
  }
  replace(container, h('button', {
    type: 'button', class: 'button',
    onclick: async () => {
      const params = apiQuery(query);
      params.set('cursor', page.next);
      const next = await get(`/api/directory/organizations?${params}`);
      list.append(...next.items.map(entry));
      showMore(container, list, next, query);
    },
  }, t('directory.more')));
}
