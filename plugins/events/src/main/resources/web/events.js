/**
 * The events screen (/p/events/events), for everybody: each sees the events meant for them. Which part shows comes
 * from the query: none — the upcoming events (?when=past the past ones, ?month=YYYY-MM the month calendar), with
 * filters; ?id= one event with registration; ?id=&view=follow-up and ?follow-up=<token> the follow-up form;
 * ?registration=<token> a public registrant's own page.
 */
import { eventStyles } from './common.js';

export async function render(main, portal) {
  eventStyles();
  const { query } = portal;
  if (query.get('registration')) {
    return (await import('./event-registrant.js')).render(main, portal, query.get('registration'));
  }
  if (query.get('follow-up')) {
    return (await import('./event-follow-up.js')).render(main, portal, { token: query.get('follow-up') });
  }
  if (query.get('id') && query.get('view') === 'follow-up') {
    return (await import('./event-follow-up.js')).render(main, portal, { id: query.get('id') });
  }
  if (query.get('id')) {
    return (await import('./event-detail.js')).render(main, portal, query.get('id'));
  }
  return (await import('./event-list.js')).render(main, portal);
}
