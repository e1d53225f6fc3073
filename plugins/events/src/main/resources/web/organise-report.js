import { h, replace, api, catalogue, formatNumber, pick, tableOf } from '/assets/kit/1/index.js';
import { API, regions } from './common.js';
import { screen } from './organise-parts.js';

const t = await catalogue(import.meta.url, 'organise');

/**
 * An event's report for its organisers (`?event=12&view=report`): how many registered, were confirmed, waited,
 * cancelled and came; attendance by organization and by region; the follow-up survey's figures; the same as CSV.
 */
export async function render(main, portal) {
  const { query } = portal;
  const id = encodeURIComponent(query.get('event'));
  const [event, report] = await Promise.all([api.get(`${API}/events/${id}`), api.get(`${API}/events/${id}/report`)]);
  const c = report.counts;
  const figure = (value) => (value === null || value === undefined ? t('none0')
    : formatNumber(value, { maximumFractionDigits: 1 }));
  const status = (code) => t(`registrationStatuses.${code}`);

  replace(main,
    h('p', {}, h('a', { href: screen({ event: event.id, view: 'registrations' }) }, t('registrations'))),
    h('h1', {}, t('reportOf', { title: pick(event.title) })),
    h('p', {}, h('a', { href: `${API}/events/${id}/report.csv`, download: `report-${event.id}.csv` }, t('reportCsv'))),
    h('h2', {}, t('counts')),
    facts([['registered', t('registered'), c.registered], ['confirmed', status('confirmed'), c.confirmed],
      ['waiting', status('waiting'), c.waiting], ['pending', status('pending'), c.pending],
      ['declined', t('declinedCount'), c.declined], ['cancelled', status('cancelled'), c.cancelled],
      ['not-attending', status('not-attending'), c.notAttending], ['checked-in', t('checkedInCount'), c.checkedIn]]),
    h('h2', { id: 'by-organization' }, t('byOrganization')),
    breakdown('by-organization', t('organization'), report.byOrganization.map((row) => [
      pick({ ja: row.nameJa, en: row.nameEn }) || row.organizationId || t('noOrganization'), row.registered,
      row.checkedIn])),
    h('h2', { id: 'by-region' }, t('byRegion')),
    breakdown('by-region', t('region'), report.byRegion.map((row) => [
      row.label ?? (row.region ? regions.name(row.region) : t('none0')), row.registered, row.checkedIn])),
    h('h2', {}, t('followUp')),
    facts([['answers', t('followUpAnswers'), report.followUp.answers],
      ['satisfaction', t('satisfaction'), report.followUp.satisfactionAverage],
      ['new-contacts', t('newContacts'), report.followUp.newContacts],
      ['follow-ups-wanted', t('followUpsWanted'), report.followUp.followUpsWanted]]));

  function facts(pairs) {
    return h('dl', { class: 'organise-figures' }, pairs.map(([key, label, value]) =>
      h('div', { 'data-figure': key }, h('dt', {}, label), h('dd', {}, figure(value)))));
  }

  function breakdown(heading, what, rows) {
    return tableOf(rows, {
      attributes: { class: 'organise-breakdown', 'aria-labelledby': heading }, empty: t('noRegistrations'),
      columns: [{ header: what, value: ([name]) => name },
        { header: t('registered'), value: ([, registered]) => figure(registered), class: 'organise-number' },
        { header: t('checkedInCount'), value: ([, , checkedIn]) => figure(checkedIn), class: 'organise-number' }],
    });
  }
}
