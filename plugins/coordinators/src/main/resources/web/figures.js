/**
 * The coordinators' exchange in figures for the secretariat and steering agencies (`?from=&to=`, the last twelve
 * months by default): help requests by region and field, the time to a first offer, how requests ended, dispatches,
 * cases published and answers accepted; and the same as a CSV file.
 */
import {
  h, replace, api, catalogue, field, tableOf, address, filtersOf, formatNumber, showProblem,
} from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'figures');
const SCREEN = '/p/coordinators/figures';

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
  const number = (value) => (value === null || value === undefined ? t('none') : formatNumber(value));
  const counts = (caption, rows) => tableOf(rows, { caption, empty: t('noRequests'),
    columns: [{ header: t('item'), value: (row) => row.label },
      { header: t('count'), value: (row) => formatNumber(row.count), class: 'number' }] });
  const summary = [
    [t('requestsPosted'), figures.requestsPosted], [t('withOffer'), figures.withOffer],
    [t('medianHours'), figures.medianHoursToFirstOffer], [t('medianDays'), figures.medianBusinessDaysToFirstOffer],
    [t('open'), figures.open], [t('fulfilled'), figures.fulfilled], [t('expired'), figures.expired],
    [t('cancelled'), figures.cancelled], [t('dispatchesApproved'), figures.dispatchesApproved],
    [t('casesPublished'), figures.casesPublished], [t('answersAccepted'), figures.answersAccepted],
  ];
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), box, periodForm(portal, figures),
    tableOf(summary, { caption: t('summary', { from: figures.from, to: figures.to }), empty: t('noRequests'),
      columns: [{ header: t('figure'), value: (row) => row[0] },
        { header: t('value'), value: (row) => number(row[1]), class: 'number' }] }),
    counts(t('byRegion'), figures.byRegion), counts(t('byField'), figures.byField),
    h('p', {}, h('a', { class: 'button', download: '',
      href: address(`${API}/figures.csv`, { from: figures.from, to: figures.to }) }, t('csv'))),
    h('p', { class: 'meta' }, t('cohort')));
}

function periodForm(portal, figures) {
  const value = (name) => portal.query.get(name) || figures?.[name] || '';
  return h('form', { class: 'filters', method: 'get', action: SCREEN },
    field({ id: 'figures-from', label: t('from'), control: h('input', { name: 'from', type: 'date',
      value: value('from') }) }),
    field({ id: 'figures-to', label: t('to'), control: h('input', { name: 'to', type: 'date', value: value('to') }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('show'))));
}
