/**
 * A public registrant's own page (?registration=<privateToken>, the link of their confirmation e-mail): their
 * registration's status, the check-in QR code once confirmed, and cancelling. The token is the key; there is no
 * login. (The follow-up form after the event has its own link, in the invitation mail.)
 */
import { h, replace, api, catalogue, pick } from '/assets/kit/1/index.js';
import { API, SCREENS, eventHref, statusBadge, whenElement } from './common.js';

const t = await catalogue(import.meta.url, 'registrant');

const ACTIVE = ['pending', 'confirmed', 'waiting'];

export async function render(main, portal, token, announcement) {
  const path = `${API}/registrations/${encodeURIComponent(token)}`;
  let own;
  try {
    own = await api.get(path);
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(main, h('h1', {}, t('notFound')), h('p', {}, t('notFoundDetail')),
      h('p', {}, h('a', { href: `${SCREENS}/events` }, t('events'))));
    return;
  }
  const { registration, event } = own;
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' }, announcement ?? '');
  const ended = new Date(event.endsAt) <= new Date();
  replace(main,
    h('h1', {}, t('title')),
    status,
    h('dl', { class: 'facts' },
      h('dt', {}, t('event')), h('dd', {}, h('a', { href: eventHref(event.id) }, pick(event.title)),
        h('br'), whenElement(event)),
      h('dt', {}, t('name')), h('dd', {}, registration.name ?? ''),
      h('dt', {}, t('status')), h('dd', {}, statusBadge(registration.status, registration.statusLabel),
        registration.status === 'waiting' && registration.waitingPosition
          ? ` (${t('waitingPosition', { n: registration.waitingPosition })})` : '')),
    registration.status === 'confirmed' && !ended ? h('figure', { class: 'event-qr-figure' },
      h('img', { class: 'event-qr', src: `${path}/qr.png`, alt: t('qrAlt'), width: 200, height: 200 }),
      h('figcaption', {}, t('qr'))) : null,
    ACTIVE.includes(registration.status) && !ended ? h('p', {}, h('button', {
      type: 'button', class: 'button secondary', onclick: cancel,
    }, t('cancel'))) : null);
  if (announcement) status.focus();

  async function cancel() {
    try {
      await api.send('DELETE', path);
      await render(main, portal, token, t('cancelled'));
    } catch (error) {
      if (!error.status) throw error;
      replace(status, h('span', { class: 'danger' }, error.message));
      status.focus();
    }
  }
}
