/**
 * My events (/p/events/my-events, logged-in people): the events I registered for, upcoming and past, with where my
 * registration stands, the check-in QR code, the follow-up form after the event — and my personal calendar feed,
 * the address a calendar program subscribes to (copy it; renew it when it got out, which stops the old one).
 */
import {
  API, SCREENS, common, pick, useStyles, whenElement, placeText, eventHref, statusBadge, formatDay, readerZone,
} from './common.js';

const TEXT = {
  ja: {
    title: '申込済みイベント', lead: '申し込んだイベントと、その状況です。', upcoming: '開催予定', past: '終了したイベント',
    none: 'ありません。', browse: 'イベントを探す', waitingPosition: (n) => `キャンセル待ち ${n} 番目`,
    followUp: '事後アンケートに回答する', feed: 'カレンダーの購読',
    feedLead: '申し込んだイベントを、お使いのカレンダー（Google カレンダー、Outlook など）に自動で表示できます。'
      + '次のアドレスを「URL で追加」してください。このアドレスは他の人に教えないでください。',
    feedUrl: '購読用アドレス', copy: 'コピー', copied: 'コピーしました。', renew: 'アドレスを作り直す',
    renewConfirm: '今のアドレスは使えなくなります。作り直しますか？', renewed: '新しいアドレスを作りました。'
      + 'カレンダーの購読設定を新しいアドレスに変えてください。',
    feedUnavailable: '購読用アドレスを表示できませんでした。',
    feedOnce: '安全のため、このアドレスは作ったときにしか表示されません。控えておいてください。',
    feedMade: (day) => `購読用アドレスは ${day} に作成済みです。安全のため再表示はできません。`
      + '分からなくなった場合は作り直してください（今のアドレスは使えなくなります）。',
  },
  en: {
    title: 'My events', lead: 'The events you registered for, and where you stand.', upcoming: 'Upcoming',
    past: 'Past events', none: 'None.', browse: 'Find events', waitingPosition: (n) => `number ${n} on the waiting list`,
    followUp: 'Answer the follow-up questions', feed: 'Calendar subscription',
    feedLead: 'Show the events you registered for in your calendar program (Google Calendar, Outlook, ...): add '
      + 'this address as a calendar "from URL". Keep it to yourself.',
    feedUrl: 'Subscription address', copy: 'Copy', copied: 'Copied.', renew: 'Make a new address',
    renewConfirm: 'The current address will stop working. Make a new one?',
    renewed: 'New address made. Change your calendar\'s subscription to it.',
    feedUnavailable: 'The subscription address could not be shown.',
    feedOnce: 'For your safety the address is shown only now, when it is made: keep it.',
    feedMade: (day) => `Your subscription address was made on ${day}. For your safety it cannot be shown again; `
      + 'if you lost it, make a new one (the current one stops working).',
  },
};

export async function render(main, portal) {
  useStyles();
  const { h, replace, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  const [upcoming, past] = await Promise.all([
    api.get(`${API}/events?registered=me&limit=200`),
    api.get(`${API}/events?registered=me&when=past&limit=50`),
  ]);
  const registrations = new Map(await Promise.all([...upcoming, ...past].map(async (event) => [event.id,
    await api.get(`${API}/events/${event.id}/registration`).catch((error) => {
      if (error.status === 404) return null;
      throw error;
    })])));
  const group = (id, title, events, ended) => h('section', { 'aria-labelledby': id },
    h('h2', { id }, title),
    events.length === 0 ? h('p', {}, text.none) : h('ul', { class: 'cards event-cards' },
      events.map((event) => card(portal, text, event, registrations.get(event.id), ended))));
  replace(main,
    h('h1', {}, text.title),
    h('p', { class: 'lead' }, text.lead, ' ', h('a', { href: `${SCREENS}/events` }, text.browse)),
    group('my-events-upcoming', text.upcoming, upcoming, false),
    group('my-events-past', text.past, past, true),
    await feed(portal, text));
}

function card(portal, text, event, registration, ended) {
  const { h } = portal;
  return h('li', { class: 'card event-card', 'data-event': event.id },
    h('h3', { class: 'card-title' }, h('a', { href: eventHref(event.id) }, pick(portal, event.title))),
    h('p', { class: 'event-card-when' }, whenElement(portal, event)),
    placeText(portal, event) ? h('p', { class: 'meta' }, placeText(portal, event)) : null,
    registration ? h('p', { class: 'event-mine' }, statusBadge(portal, registration.status, registration.statusLabel),
      registration.status === 'waiting' && registration.waitingPosition ? ` ${text.waitingPosition(registration.waitingPosition)}` : '') : null,
    event.status === 'cancelled' ? h('p', { class: 'danger' }, event.statusLabel) : null,
    registration?.status === 'confirmed' && !ended && event.status !== 'cancelled' && registration.checkInCode ? h('img', {
      class: 'event-qr', src: `${API}/events/${event.id}/registration/qr.png`,
      alt: `${common(portal).qrAlt}: ${pick(portal, event.title)}`, width: 160, height: 160, loading: 'lazy',
    }) : null,
    registration?.status === 'confirmed' && ended ? h('p', {}, h('a', {
      href: eventHref(event.id, '&view=follow-up'),
    }, text.followUp)) : null);
}

async function feed(portal, text) {
  const { h, replace, api } = portal;
  const section = h('section', { class: 'event-feed', 'aria-labelledby': 'my-events-feed' });
  const heading = h('h2', { id: 'my-events-feed' }, text.feed);
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' });
  let current;
  try {
    current = await api.get(`${API}/calendar-feed`);
  } catch (error) {
    if (!error.status) throw error;
    replace(section, heading, h('p', {}, text.feedUnavailable));
    return section;
  }
  const body = h('div', {});
  replace(section, heading, h('p', {}, text.feedLead), body, status);
  show(current);
  return section;

  /** The address is only given when it is made (the server keeps its hash): shown then, else when it was made. */
  function show(feedView) {
    const renewButton = h('button', { type: 'button', class: 'button secondary', onclick: renew }, text.renew);
    if (!feedView.url) {
      replace(body, h('p', {}, text.feedMade(formatDay(portal, new Date(feedView.issuedAt), readerZone()))),
        h('p', { class: 'event-actions' }, renewButton));
      return;
    }
    const address = h('input', {
      id: 'my-events-feed-url', type: 'url', readonly: true, value: feedView.url, class: 'event-feed-url',
    });
    replace(body, h('div', { class: 'field' },
      h('label', { for: 'my-events-feed-url' }, text.feedUrl), address),
    h('p', { class: 'meta' }, text.feedOnce),
    h('p', { class: 'event-actions' },
      h('button', { type: 'button', class: 'button', onclick: () => copy(address) }, text.copy), renewButton));
  }

  async function copy(address) {
    address.select();
    try {
      await navigator.clipboard.writeText(address.value);
      replace(status, text.copied);
    } catch {
      // without clipboard access (e.g. plain http) the address stays selected for the reader to copy
    }
  }

  async function renew() {
    if (!window.confirm(text.renewConfirm)) return;
    try {
      show(await api.send('POST', `${API}/calendar-feed/renew`, {}));
      replace(status, text.renewed);
    } catch (error) {
      if (!error.status) throw error;
      replace(status, h('span', { class: 'danger' }, error.message));
    }
    status.focus();
  }
}
