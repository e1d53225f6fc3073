/**
 * A public registrant's own page (?registration=<privateToken>, the link of their confirmation e-mail): their
 * registration's status, the check-in QR code once confirmed, and cancelling. The token is the key; there is no
 * login. (The follow-up form after the event has its own link, in the invitation mail.)
 */
import { API, SCREENS, common, pick, eventHref, statusBadge, whenElement } from './common.js';

const TEXT = {
  ja: {
    title: 'お申し込み内容', notFound: 'お申し込みが見つかりません',
    notFoundDetail: 'リンクが正しいかご確認ください。', event: 'イベント', name: '氏名', status: '状況',
    waitingPosition: (n) => `キャンセル待ち ${n} 番目`, qr: '当日は受付でこの QR コードをご提示ください。',
    cancel: '申込を取り消す', cancelled: '申込を取り消しました。', events: 'イベント一覧へ',
  },
  en: {
    title: 'Your registration', notFound: 'Registration not found',
    notFoundDetail: 'Please check the link.', event: 'Event', name: 'Name', status: 'Status',
    waitingPosition: (n) => `number ${n} on the waiting list`, qr: 'Show this QR code at the reception desk.',
    cancel: 'Cancel my registration', cancelled: 'Your registration is cancelled.', events: 'All events',
  },
};

const ACTIVE = ['pending', 'confirmed', 'waiting'];

export async function render(main, portal, token, announcement) {
  const { h, replace, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const path = `${API}/registrations/${encodeURIComponent(token)}`;
  let own;
  try {
    own = await api.get(path);
  } catch (error) {
    if (error.status !== 404) throw error;
    replace(main, h('h1', {}, text.notFound), h('p', {}, text.notFoundDetail),
      h('p', {}, h('a', { href: `${SCREENS}/events` }, text.events)));
    return;
  }
  const { registration, event } = own;
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' }, announcement ?? '');
  const ended = new Date(event.endsAt) <= new Date();
  replace(main,
    h('h1', {}, text.title),
    status,
    h('dl', { class: 'facts' },
      h('dt', {}, text.event), h('dd', {}, h('a', { href: eventHref(event.id) }, pick(portal, event.title)),
        h('br'), whenElement(portal, event)),
      h('dt', {}, text.name), h('dd', {}, registration.name ?? ''),
      h('dt', {}, text.status), h('dd', {}, statusBadge(portal, registration.status, registration.statusLabel),
        registration.status === 'waiting' && registration.waitingPosition
          ? ` (${text.waitingPosition(registration.waitingPosition)})` : '')),
    registration.status === 'confirmed' && !ended ? h('figure', { class: 'event-qr-figure' },
      h('img', { class: 'event-qr', src: `${path}/qr.png`, alt: common(portal).qrAlt, width: 200, height: 200 }),
      h('figcaption', {}, text.qr)) : null,
    ACTIVE.includes(registration.status) && !ended ? h('p', {}, h('button', {
      type: 'button', class: 'button secondary', onclick: cancel,
    }, text.cancel)) : null);
  if (announcement) status.focus();

  async function cancel() {
    try {
      await api.send('DELETE', path);
      await render(main, portal, token, text.cancelled);
    } catch (error) {
      if (!error.status) throw error;
      replace(status, h('span', { class: 'danger' }, error.message));
      status.focus();
    }
  }
}
