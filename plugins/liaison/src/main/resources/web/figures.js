/**
 * The liaison desk in figures for the secretariat and the steering agencies (`?from=&to=`, the last twelve months
 * by default): opportunities published by kind and by country, expressions of interest, introductions and
 * partnership agreements by kind; and the same as a CSV file.
 */
import {
  h, replace, api, catalogue, field, tableOf, address, filtersOf, formatNumber, showProblem,
} from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'figures');
const SCREEN = '/p/liaison/figures';

export async function render(main, portal) {
  const params = filtersOf(portal.query, ['from', 'to']);
  const box = h('div');
  let figures;
  try {
    figures = await api.get(`${API}/figures?${params}`);
  } catch (failure) {
    if (!failure.status) throw failure;
    replace(main, h('h1', {}, t('title')), box, periodForm(portal));
    showProblem(box, failure);
    return;
  }
  const counts = (caption, rows) => tableOf(rows, { caption, empty: t('nothing'),
    columns: [{ header: t('item'), value: (row) => row.item.label },
      { header: t('count'), value: (row) => formatNumber(row.count), class: 'number' }] });
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), box, periodForm(portal, figures),
    tableOf([[t('interests'), figures.interests], [t('introductions'), figures.introductions]], {
      caption: t('summary', { from: figures.from, to: figures.to }), empty: t('nothing'),
      columns: [{ header: t('item'), value: (row) => row[0] },
        { header: t('count'), value: (row) => formatNumber(row[1]), class: 'number' }] }),
    counts(t('byKind'), figures.byKind), counts(t('byCountry'), figures.byCountry),
    counts(t('agreements'), figures.agreements),
    h('p', {}, h('a', { class: 'button', download: '',
      href: address(`${API}/figures.csv`, { from: figures.from, to: figures.to }) }, t('csv'))));
}

function periodForm(portal, figures) {
  const value = (name) => portal.query.get(name) || figures?.[name] || '';
  return h('form', { class: 'filters', method: 'get', action: SCREEN },
    field({ id: 'figures-from', label: t('from'), control: h('input', { name: 'from', type: 'date',
      value: value('from') }) }),
    field({ id: 'figures-to', label: t('to'), control: h('input', { name: 'to', type: 'date', value: value('to') }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('show'))));
}
