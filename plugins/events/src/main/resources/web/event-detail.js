/**
 * One event: what, when (in the reader's time zone, and the event's own when that differs), where, for whom, how
 * many seats are left, the programme and timetable, whom to ask, its .ics file — and registering: one click for
 * logged-in people (with the organisers' questions, if any), the public form for visitors on public events.
 */
import {
  API, SCREENS, common, pick, whenElement, placeText, seatsText, eventHref, programmeContent, formatDay, readerZone,
  questionFields, answersOf, showErrors, clearErrors, statusBadge, organizationName,
} from './common.js';

const TEXT = {
  ja: {
    notFound: 'イベントが見つかりません', notFoundDetail: '終了したか、このイベントを見る権限がありません。',
    back: 'イベント一覧へ', when: '日時', where: '会場', address: '住所', online: 'オンライン参加',
    audience: '対象', seats: '定員', capacity: (n) => `定員 ${n} 名`, registrationCloses: '申込締切',
    registrationOpens: '申込開始', organiser: '主催', registration: '参加申込', programme: 'プログラム',
    timetable: 'タイムテーブル', time: '時間', session: '内容', speaker: '登壇者', contact: 'お問い合わせ',
    ics: 'カレンダーに追加（.ics ファイル）', register: '参加を申し込む', cancel: '申込を取り消す',
    notAttending: '欠席を連絡する', registerAgain: 'もう一度申し込む',
    yours: 'あなたの申込', waitingPosition: (n) => `キャンセル待ち ${n} 番目です。`,
    pending: '主催者の承認をお待ちください。',
    notOpen: '現在、申込を受け付けていません。', cancelledEvent: 'このイベントは中止になりました。',
    loginToRegister: 'ログインして申し込む', memberLogin: '会員の方はログインすると 1 クリックで申し込めます。',
    followUp: '事後アンケートに回答する', done: {
      confirmed: '参加が確定しました。確認メールをお送りします。', waiting: 'キャンセル待ちに登録しました。',
      pending: '申込を受け付けました。主催者の承認をお待ちください。', cancelled: '申込を取り消しました。',
      'not-attending': '欠席を主催者に伝えました。',
    },
    ended: 'このイベントは終了しました。', questions: '主催者からの質問', organise: 'このイベントを編集する（主催者）',
  },
  en: {
    notFound: 'Event not found', notFoundDetail: 'It has ended or you may not see it.',
    back: 'All events', when: 'When', where: 'Where', address: 'Address', online: 'Join online',
    audience: 'For', seats: 'Seats', capacity: (n) => `${n} seats`, registrationCloses: 'Registration closes',
    registrationOpens: 'Registration opens', organiser: 'Organiser', registration: 'Registration',
    programme: 'Programme', timetable: 'Timetable', time: 'Time', session: 'Session', speaker: 'Speaker',
    contact: 'Contact', ics: 'Add to calendar (.ics file)', register: 'Register', cancel: 'Cancel my registration',
    notAttending: 'I will not attend', registerAgain: 'Register again',
    yours: 'Your registration', waitingPosition: (n) => `You are number ${n} on the waiting list.`,
    pending: 'The organisers will confirm your registration.',
    notOpen: 'Registration is not open.', cancelledEvent: 'This event has been cancelled.',
    loginToRegister: 'Log in to register', memberLogin: 'Members register in one click after logging in.',
    followUp: 'Answer the follow-up questions', done: {
      confirmed: 'You are registered. A confirmation e-mail is on its way.',
      waiting: 'You are on the waiting list.', pending: 'Registration received; the organisers will confirm it.',
      cancelled: 'Your registration is cancelled.', 'not-attending': 'The organisers know you will not attend.',
    },
    ended: 'This event has ended.', questions: 'Questions from the organisers', organise: 'Edit this event (organisers)',
  },
};

const ACTIVE = ['pending', 'confirmed', 'waiting'];

export async function render(main, portal, id) {
  const { h, replace, api } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  let event;
  try {
    event = await api.get(`${API}/events/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error.status !== 404 && error.status !== 400) throw error;
    replace(main, h('h1', {}, text.notFound), h('p', {}, text.notFoundDetail),
      h('p', {}, h('a', { href: `${SCREENS}/events` }, text.back)));
    return;
  }
  const registration = h('section', { class: 'event-registration', 'aria-labelledby': 'event-registration-title' });
  const organiser = await organizationName(portal, event.organiserId);
  const about = h('div', { class: 'event-about' }, facts(portal, text, event, organiser));
  const refreshed = (fresh) => replace(about, facts(portal, text, fresh, organiser));
  replace(main,
    h('p', { class: 'event-kind' }, event.kindLabel,
      event.status !== 'published' ? h('span', { class: `event-badge event-badge-${event.status}` }, event.statusLabel)
        : null),
    h('h1', {}, pick(portal, event.title)),
    h('p', { class: 'lead pre-line' }, pick(portal, event.summary)),
    about,
    registration,
    programme(portal, text, event),
    timetable(portal, text, event),
    contact(portal, text, event),
    h('p', { class: 'event-links' },
      h('a', { href: `${API}/events/${event.id}/calendar.ics`, download: `event-${event.id}.ics` }, text.ics),
      organises(portal.user, event) ? h('a', { href: `${SCREENS}/organise?edit=${event.id}` }, text.organise) : null,
      h('a', { href: `${SCREENS}/events` }, text.back)));
  await showRegistration(portal, text, event, registration, refreshed);
}

function facts(portal, text, event, organiser) {
  const { h } = portal;
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  const venue = event.venue ?? {};
  const zone = readerZone();
  return h('dl', { class: 'facts event-facts' },
    row(text.when, whenElement(portal, event)),
    placeText(portal, event) ? row(text.where, placeText(portal, event)) : null,
    venue.address ? row(text.address, venue.address) : null,
    venue.onlineUrl ? row(text.online, h('a', { href: venue.onlineUrl, rel: 'noopener noreferrer' },
      venue.onlineUrl)) : null,
    row(text.audience, event.audience?.label ?? ''),
    row(text.seats, event.capacity ? `${text.capacity(event.capacity)} · ${seatsText(portal, event)}`
      : seatsText(portal, event),
    event.waiting > 0 ? ` · ${common(portal).waitingCount(event.waiting)}` : ''),
    event.registrationOpensAt && new Date(event.registrationOpensAt) > new Date()
      ? row(text.registrationOpens, formatDay(portal, new Date(event.registrationOpensAt), zone)) : null,
    row(text.registrationCloses, formatDay(portal, new Date(event.registrationClosesAt), zone),
      ` ${new Intl.DateTimeFormat(portal.language === 'en' ? 'en-GB' : 'ja-JP', {
        timeZone: zone, hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
      }).format(new Date(event.registrationClosesAt))}`),
    row(text.organiser, portal.user ? h('a', { href: `/organizations/${encodeURIComponent(event.organiserId)}` },
      organiser) : organiser));
}

function programme(portal, text, event) {
  const { h } = portal;
  const html = pick(portal, event.detail?.programmeHtml);
  if (!html.trim()) return null;
  return h('section', { class: 'event-programme', 'aria-labelledby': 'event-programme-title' },
    h('h2', { id: 'event-programme-title' }, text.programme),
    h('div', { class: 'event-programme-text' }, programmeContent(html)));
}

function timetable(portal, text, event) {
  const { h } = portal;
  const sessions = event.detail?.sessions ?? [];
  if (sessions.length === 0) return null;
  const time = (local) => local.slice(11, 16);
  return h('section', { 'aria-labelledby': 'event-timetable-title' },
    h('h2', { id: 'event-timetable-title' }, text.timetable),
    h('div', { class: 'table-scroll' }, h('table', { class: 'event-timetable' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${text.time} (${event.timeZone})`),
        h('th', { scope: 'col' }, text.session), h('th', { scope: 'col' }, text.speaker))),
      h('tbody', {}, sessions.map((session) => h('tr', {},
        h('td', { 'data-label': text.time }, `${time(session.start)}–${time(session.end)}`),
        h('td', { 'data-label': text.session }, pick(portal, session.title)),
        h('td', { 'data-label': text.speaker }, session.speaker ?? '')))))));
}

function contact(portal, text, event) {
  const { h } = portal;
  const who = event.detail?.contact;
  if (!who) return null;
  return h('section', { 'aria-labelledby': 'event-contact-title' },
    h('h2', { id: 'event-contact-title' }, text.contact),
    h('p', {}, who.name, h('br'), h('a', { href: `mailto:${who.email}` }, who.email),
      who.phone ? [h('br'), who.phone] : null));
}

/** Fills the registration section: the caller's registration and what they can do, or the way to register. */
async function showRegistration(portal, text, event, section, refreshed, announcement) {
  const { h, replace, api } = portal;
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' }, announcement ?? '');
  const heading = h('h2', { id: 'event-registration-title' }, text.registration);
  const ended = new Date(event.endsAt) <= new Date();
  if (event.status === 'cancelled') {
    replace(section, heading, h('p', {}, text.cancelledEvent));
    return;
  }
  if (!portal.user) {
    if (event.audience?.kind === 'public' && event.registrationOpen) {
      const { publicForm } = await import('./event-public-form.js');
      replace(section, heading, await publicForm(portal, event),
        h('p', { class: 'meta' }, text.memberLogin, ' ', loginLink(portal, text)));
    } else {
      replace(section, heading, h('p', {}, ended ? text.ended : text.notOpen),
        !ended && event.registrationOpen ? h('p', {}, loginLink(portal, text)) : null);
    }
    return;
  }
  const mine = await api.get(`${API}/events/${event.id}/registration`).catch((error) => {
    if (error.status === 404) return null;
    throw error;
  });
  const active = mine && ACTIVE.includes(mine.status);
  const parts = [heading, status];
  if (mine) {
    parts.push(h('p', { class: 'event-mine' }, `${text.yours}: `, statusBadge(portal, mine.status, mine.statusLabel)),
      mine.status === 'waiting' && mine.waitingPosition ? h('p', {}, text.waitingPosition(mine.waitingPosition))
        : null,
      mine.status === 'pending' ? h('p', {}, text.pending) : null,
      mine.status === 'confirmed' && mine.checkInCode && !ended ? h('img', {
        class: 'event-qr', src: `${API}/events/${event.id}/registration/qr.png`, alt: common(portal).qrAlt,
        width: 180, height: 180,
      }) : null,
      mine.status === 'confirmed' && ended ? h('p', {}, h('a', {
        href: eventHref(event.id, '&view=follow-up'), class: 'button',
      }, text.followUp)) : null);
  }
  if (active && !ended) {
    parts.push(h('p', { class: 'event-actions' },
      h('button', { type: 'button', class: 'button secondary', onclick: () => act('DELETE', '') }, text.cancel),
      mine.status !== 'pending' ? h('button', {
        type: 'button', class: 'button secondary', onclick: () => act('POST', '/not-attending'),
      }, text.notAttending) : null));
  } else if (event.registrationOpen && !active) {
    parts.push(registerForm());
  } else if (!active) {
    parts.push(h('p', {}, ended ? text.ended : text.notOpen));
  }
  replace(section, ...parts);
  if (announcement) status.focus();

  function registerForm() {
    const questions = event.questions ?? [];
    const form = h('form', { class: 'stack event-register', novalidate: true, onsubmit: register },
      h('div', { class: 'form-errors' }),
      questions.length ? h('h3', {}, text.questions) : null,
      questionFields(portal, questions, 'event-register'),
      h('p', {}, h('button', { type: 'submit', class: 'button' }, mine ? text.registerAgain : text.register)));
    async function register(submit) {
      submit.preventDefault();
      clearErrors(form);
      try {
        const body = questions.length ? { answers: answersOf(form, questions) } : {};
        const done = await api.send('POST', `${API}/events/${event.id}/registration`, body);
        await refresh(text.done[done.status] ?? done.statusLabel);
      } catch (error) {
        if (!error.status) throw error;
        showErrors(portal, form, error);
      }
    }
    return form;
  }

  async function act(method, path) {
    try {
      const done = await api.send(method, `${API}/events/${event.id}/registration${path}`);
      await refresh(text.done[done.status] ?? done.statusLabel);
    } catch (error) {
      if (!error.status) throw error;
      replace(status, h('span', { class: 'danger' }, error.message));
      status.focus();
    }
  }

  async function refresh(message) {
    const fresh = await api.get(`${API}/events/${event.id}`);
    refreshed(fresh);
    await showRegistration(portal, text, fresh, section, refreshed, message);
  }
}

/** @returns {boolean} whether the user may organise the event (the server decides; this only offers the link) */
function organises(user, event) {
  const roles = user?.roles ?? [];
  return roles.includes('secretariat') || (user?.organization === event.organiserId
    && (roles.includes('member-admin') || roles.includes('member-staff')));
}

function loginLink(portal, text) {
  const next = `${location.pathname}${location.search}`;
  return portal.h('a', { href: `/login?next=${encodeURIComponent(next)}`, class: 'button secondary' },
    text.loginToRegister);
}
