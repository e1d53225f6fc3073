/**
 * The desk's statistics for the secretariat and the steering agencies (`/p/inquiries/statistics?from=&to=`): a period
 * (by default the last 12 months), inquiries by topic, region, receiving organization and month, the times to the
 * first response and to resolution, the service levels' compliance, and the same as CSV. Network-wide figures only:
 * no case is named.
 */

import { API, showErrors } from './common.js';

const WORDS = {
  ja: {
    title: 'お問い合わせ統計',
    lead: '期間内に受け付けたお問い合わせの件数、回答までの時間、対応期限の遵守状況です（日付は日本時間）。',
    period: '期間', from: '開始日', to: '終了日', show: '表示', csv: 'CSV をダウンロード',
    total: (n) => `お問い合わせ ${n} 件`,
    byTopic: '分野別', byRegion: '地域別', byReceiver: '回付先機関別', byMonth: '月別',
    topic: '分野', region: '地域', receiver: '機関', month: '月', count: '件数', none: '該当なし',
    times: '回答・解決までの時間', compliance: '対応期限の遵守状況',
    measure: '指標', firstResponse: '初回回答', resolution: '解決',
    measured: '対象件数', medianHours: '中央値（時間）', p90Hours: '90パーセンタイル（時間）',
    medianDays: '中央値（営業日）', p90Days: '90パーセンタイル（営業日）',
    met: '期限内', missed: '期限超過（対応済み）', overdue: '期限超過（未対応）', pending: '期限前（未対応）',
    metPercent: '期限遵守率（％）', dash: '—',
  },
  en: {
    title: 'Inquiry statistics',
    lead: 'Inquiries received in the period, the time to answer them and how the service levels were kept'
      + ' (days in Japan time).',
    period: 'Period', from: 'From', to: 'To', show: 'Show', csv: 'Download CSV',
    total: (n) => `${n} ${n === 1 ? 'inquiry' : 'inquiries'}`,
    byTopic: 'By topic', byRegion: 'By region', byReceiver: 'By receiving organization', byMonth: 'By month',
    topic: 'Topic', region: 'Region', receiver: 'Organization', month: 'Month', count: 'Inquiries', none: 'None',
    times: 'Time to respond and resolve', compliance: 'Service levels kept',
    measure: 'Figure', firstResponse: 'First response', resolution: 'Resolution',
    measured: 'Inquiries measured', medianHours: 'Median (hours)', p90Hours: '90th percentile (hours)',
    medianDays: 'Median (business days)', p90Days: '90th percentile (business days)',
    met: 'Met', missed: 'Missed (done late)', overdue: 'Overdue (not done)', pending: 'Not yet due (not done)',
    metPercent: 'Met (%)', dash: '—',
  },
};

export async function render(main, portal) {
  const { h, replace, api, language, query } = portal;
  const text = WORDS[language] ?? WORDS.ja;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 1 });
  const figure = (value) => (value === null || value === undefined ? text.dash : number.format(value));
  const params = new URLSearchParams();
  for (const name of ['from', 'to']) {
    if (query.get(name)) params.set(name, query.get(name));
  }
  const form = periodForm();
  let statistics;
  try {
    statistics = await api.get(`${API}/statistics?${params}`);
  } catch (error) {
    if (error.status !== 400) throw error;
    replace(main, h('h1', {}, text.title), form);
    showErrors(portal, form, error);
    return;
  }
  form.elements.from.value = statistics.from;
  form.elements.to.value = statistics.to;
  const period = new URLSearchParams({ from: statistics.from, to: statistics.to });
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead),
    form,
    h('p', { class: 'actions' }, h('a', {
      class: 'button', href: `${API}/statistics.csv?${period}`,
      download: `inquiry-statistics-${statistics.from}-${statistics.to}.csv`,
    }, text.csv)),
    h('p', { 'data-figure': 'total' }, h('strong', {}, text.total(statistics.total))),
    counts('by-topic', text.byTopic, text.topic, statistics.byTopic),
    counts('by-region', text.byRegion, text.region, statistics.byRegion),
    counts('by-receiver', text.byReceiver, text.receiver, statistics.byReceiver),
    counts('by-month', text.byMonth, text.month, statistics.byMonth),
    measures('times', text.times, [['count', text.measured], ['medianHours', text.medianHours],
      ['p90Hours', text.p90Hours], ['medianBusinessDays', text.medianDays], ['p90BusinessDays', text.p90Days]]),
    measures('compliance', text.compliance, [['met', text.met], ['missed', text.missed],
      ['overdue', text.overdue], ['pending', text.pending], ['metPercent', text.metPercent]]));

  function periodForm() {
    const input = (name) => h('div', { class: 'field' },
      h('label', { for: `statistics-${name}` }, text[name]),
      h('input', { id: `statistics-${name}`, name, type: 'date', value: query.get(name) ?? '' }));
    return h('form', { class: 'statistics-period', method: 'get', 'aria-label': text.period },
      h('fieldset', {}, h('legend', {}, text.period), input('from'), input('to')),
      h('button', { type: 'submit', class: 'button' }, text.show));
  }

  function section(id, heading, table) {
    return h('section', { 'aria-labelledby': id },
      h('h2', { id }, heading),
      h('div', { class: 'table-scroll' }, table));
  }

  function counts(id, heading, what, lines) {
    if (lines.length === 0) return h('section', { 'aria-labelledby': id }, h('h2', { id }, heading), h('p', {}, text.none));
    return section(id, heading, h('table', { 'data-dimension': id },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, what), h('th', { scope: 'col', class: 'number' }, text.count))),
      h('tbody', {}, lines.map((line) => h('tr', { 'data-key': line.key },
        h('th', { scope: 'row' }, line.label), h('td', { class: 'number' }, figure(line.count)))))));
  }

  function measures(id, heading, rows) {
    return section(id, heading, h('table', { 'data-dimension': id },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, text.measure),
        h('th', { scope: 'col', class: 'number' }, text.firstResponse),
        h('th', { scope: 'col', class: 'number' }, text.resolution))),
      h('tbody', {}, rows.map(([key, label]) => h('tr', { 'data-key': key },
        h('th', { scope: 'row' }, label),
        h('td', { class: 'number' }, figure(statistics.firstResponse[key])),
        h('td', { class: 'number' }, figure(statistics.resolution[key])))))));
  }
}
