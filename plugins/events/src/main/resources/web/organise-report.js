import { API, common, pick } from './common.js';
import { words } from './organise-text.js';
import { screen } from './organise-parts.js';

/**
 * An event's report for its organisers (`?event=12&view=report`): how many registered, were confirmed, waited,
 * cancelled and came; attendance by organization and by region; the follow-up survey's figures; the same as CSV.
 */
export async function render(main, portal) {
  const { h, replace, api, language, query } = portal;
  const text = words(language);
  const { regions, registrationStatuses: statuses } = common(portal);
  const id = encodeURIComponent(query.get('event'));
  const [event, report] = await Promise.all([api.get(`${API}/events/${id}`), api.get(`${API}/events/${id}/report`)]);
  const c = report.counts;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ja-JP', { maximumFractionDigits: 1 });
  const figure = (value) => (value === null || value === undefined ? text.none0 : number.format(value));

  replace(main,
    h('p', {}, h('a', { href: screen({ event: event.id, view: 'registrations' }) }, text.registrations)),
    h('h1', {}, text.reportOf(pick(portal, event.title))),
    h('p', {}, h('a', { href: `${API}/events/${id}/report.csv`, download: `report-${event.id}.csv` }, text.reportCsv)),
    h('h2', {}, text.counts),
    facts([['registered', text.registered, c.registered], ['confirmed', statuses.confirmed, c.confirmed],
      ['waiting', statuses.waiting, c.waiting], ['pending', statuses.pending, c.pending],
      ['declined', text.declinedCount, c.declined], ['cancelled', statuses.cancelled, c.cancelled],
      ['not-attending', statuses['not-attending'], c.notAttending], ['checked-in', text.checkedInCount, c.checkedIn]]),
    h('h2', { id: 'by-organization' }, text.byOrganization),
    breakdown('by-organization', text.organization, report.byOrganization.map((row) => [
      (language === 'en' ? row.nameEn : row.nameJa) || row.organizationId || text.noOrganization, row.registered,
      row.checkedIn])),
    h('h2', { id: 'by-region' }, text.byRegion),
    breakdown('by-region', text.region, report.byRegion.map((row) => [
      row.label ?? regions[row.region] ?? row.region ?? text.none0, row.registered, row.checkedIn])),
    h('h2', {}, text.followUp),
    facts([['answers', text.followUpAnswers, report.followUp.answers],
      ['satisfaction', text.satisfaction, report.followUp.satisfactionAverage],
      ['new-contacts', text.newContacts, report.followUp.newContacts],
      ['follow-ups-wanted', text.followUpsWanted, report.followUp.followUpsWanted]]));

  function facts(pairs) {
    return h('dl', { class: 'organise-figures' }, pairs.map(([key, label, value]) =>
      h('div', { 'data-figure': key }, h('dt', {}, label), h('dd', {}, figure(value)))));
  }

  function breakdown(heading, what, rows) {
    if (rows.length === 0) return h('p', {}, text.noRegistrations);
    return h('div', { class: 'table-scroll' }, h('table', { class: 'organise-breakdown', 'aria-labelledby': heading },
      h('thead', {}, h('tr', {}, [what, text.registered, text.checkedInCount].map((label, i) =>
        h('th', { scope: 'col', class: i > 0 ? 'organise-number' : null }, label)))),
      h('tbody', {}, rows.map(([name, registered, checkedIn]) => h('tr', {},
        h('th', { scope: 'row' }, name),
        h('td', { class: 'organise-number' }, figure(registered)),
        h('td', { class: 'organise-number' }, figure(checkedIn)))))));
  }
}
