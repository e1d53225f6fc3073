/**
 * The desk's statistics for the secretariat and the steering agencies (`/p/inquiries/statistics?from=&to=`): a period
 * (by default the last 12 months), inquiries by topic, region, receiving organization and month, the times to the
 * first response and to resolution, the service levels' compliance, and the same as CSV. Network-wide figures only:
 * no case is named.
 */

import { showErrors, h, replace, api, catalogue, field, formatNumber, tableOf } from '/assets/kit/1/index.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'statistics');

export async function render(main, portal) {
  const { query } = portal;
  const figure = (value) => (value === null || value === undefined ? t('dash')
    : formatNumber(value, { maximumFractionDigits: 1 }));
  const params = new URLSearchParams();
  for (const name of ['from', 'to']) {
    if (query.get(name)) params.set(name, query.get(name));
  }
  const form = periodForm();
  let statistics;
  try {
    statistics = await api.get(`${API}/statistics?${params}`);
  } catch (error) {
    if (error.status !== 422) throw error;
    replace(main, h('h1', {}, t('title')), form);
    showErrors(form, error);
    return;
  }
  form.elements.from.value = statistics.from;
  form.elements.to.value = statistics.to;
  const period = new URLSearchParams({ from: statistics.from, to: statistics.to });
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, t('lead')),
    form,
    h('p', { class: 'actions' }, h('a', {
      class: 'button', href: `${API}/statistics.csv?${period}`,
      download: `inquiry-statistics-${statistics.from}-${statistics.to}.csv`,
    }, t('csv'))),
    h('p', { 'data-figure': 'total' }, h('strong', {}, t('total', { count: statistics.total }))),
    counts('by-topic', t('byTopic'), t('topic'), statistics.byTopic),
    counts('by-region', t('byRegion'), t('region'), statistics.byRegion),
    counts('by-receiver', t('byReceiver'), t('receiver'), statistics.byReceiver),
    counts('by-month', t('byMonth'), t('month'), statistics.byMonth),
    measures('times', t('times'), [['count', t('measured')], ['medianHours', t('medianHours')],
      ['p90Hours', t('p90Hours')], ['medianBusinessDays', t('medianDays')], ['p90BusinessDays', t('p90Days')]]),
    measures('compliance', t('compliance'), [['met', t('met')], ['missed', t('missed')],
      ['overdue', t('overdue')], ['pending', t('pending')], ['metPercent', t('metPercent')]]));

  function periodForm() {
    const input = (name) => field({ id: `statistics-${name}`, label: t(name),
      control: h('input', { name, type: 'date', value: query.get(name) ?? '' }) });
    return h('form', { class: 'statistics-period', method: 'get', 'aria-label': t('period') },
      h('fieldset', {}, h('legend', {}, t('period')), input('from'), input('to')),
      h('button', { type: 'submit', class: 'button' }, t('show')));
  }

  function section(id, heading, content) {
    return h('section', { 'aria-labelledby': id }, h('h2', { id }, heading), content);
  }

  function counts(id, heading, what, lines) {
    return section(id, heading, tableOf(lines, {
      attributes: { 'data-dimension': id }, row: (line) => ({ 'data-key': line.key }), empty: t('none'),
      columns: [{ header: what, value: (line) => line.label },
        { header: t('count'), value: (line) => figure(line.count), class: 'number' }],
    }));
  }

  function measures(id, heading, rows) {
    return section(id, heading, tableOf(rows, {
      attributes: { 'data-dimension': id }, row: ([key]) => ({ 'data-key': key }), empty: t('none'),
      columns: [{ header: t('measure'), value: ([, label]) => label },
        { header: t('firstResponse'), value: ([key]) => figure(statistics.firstResponse[key]), class: 'number' },
        { header: t('resolution'), value: ([key]) => figure(statistics.resolution[key]), class: 'number' }],
    }));
  }
}
