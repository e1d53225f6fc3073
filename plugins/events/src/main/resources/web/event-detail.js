/**
 * One event: what, when (in the reader's time zone, and the event's own when that differs), where, for whom, how
 * many seats are left, the programme and timetable, whom to ask, its .ics file — and registering: one click for
 * logged-in people (with the organisers' questions, if any), the public form for visitors on public events.
 */
import {
  h, replace, api, formatDate, formatTime, safeContent, catalogue, pick, readerZone, showErrors, clearErrors,
  organizationName, badge,
} from '/assets/kit/1/index.js';
import {
  API, SCREENS, whenElement, placeText, seatsText, eventHref, questionFields, answersOf, statusBadge,
} from './common.js';

const t = await catalogue(import.meta.url, 'detail');

const ACTIVE = ['pending', 'confirmed', 'waiting'];

export async function render(main, portal, id) {
  let event;
  try {
    event = await api.get(`${API}/events/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error.status !== 404 && error.status !== 400) throw error;
    replace(main, h('h1', {}, t('notFound')), h('p', {}, t('notFoundDetail')),
      h('p', {}, h('a', { href: `${SCREENS}/events` }, t('back'))));
    return;
  }
  const registration = h('section', { class: 'event-registration', 'aria-labelledby': 'event-registration-title' });
  const organiser = await organizationName(event.organiserId);
  const about = h('div', { class: 'event-about' }, facts(portal.user, event, organiser));
  const refreshed = (fresh) => replace(about, facts(portal.user, fresh, organiser));
  replace(main,
    h('p', { class: 'event-kind' }, event.kindLabel,
      event.status !== 'published' ? badge('event-badge', event.status, event.statusLabel) : null),
    h('h1', {}, pick(event.title)),
    h('p', { class: 'lead pre-line' }, pick(event.summary)),
    about,
    registration,
    programme(event),
    timetable(event),
    contact(event),
    h('p', { class: 'event-links' },
      h('a', { href: `${API}/events/${event.id}/calendar.ics`, download: `event-${event.id}.ics` }, t('ics')),
      organises(portal.user, event) ? h('a', { href: `${SCREENS}/organise?edit=${event.id}` }, t('organise')) : null,
      h('a', { href: `${SCREENS}/events` }, t('back'))));
  await showRegistration(portal, event, registration, refreshed);
}

function facts(user, event, organiser) {
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  const venue = event.venue ?? {};
  const zone = readerZone();
  return h('dl', { class: 'facts event-facts' },
    row(t('when'), whenElement(event)),
    placeText(event) ? row(t('where'), placeText(event)) : null,
    venue.address ? row(t('address'), venue.address) : null,
    venue.onlineUrl ? row(t('online'), h('a', { href: venue.onlineUrl, rel: 'noopener noreferrer' },
      venue.onlineUrl)) : null,
    row(t('audience'), event.audience?.label ?? ''),
    row(t('seats'), event.capacity ? `${t('capacity', { n: event.capacity })} · ${seatsText(event)}`
      : seatsText(event),
    event.waiting > 0 ? ` · ${t('waitingCount', { count: event.waiting })}` : ''),
    event.registrationOpensAt && new Date(event.registrationOpensAt) > new Date()
      ? row(t('registrationOpens'), formatDate(event.registrationOpensAt, zone)) : null,
    row(t('registrationCloses'), formatDate(event.registrationClosesAt, zone),
      ` ${formatTime(event.registrationClosesAt, { zone, withZone: true })}`),
    row(t('organiser'), user ? h('a', { href: `/organizations/${encodeURIComponent(event.organiserId)}` },
      organiser) : organiser));
}

function programme(event) {
  const html = pick(event.detail?.programmeHtml);
  if (!html.trim()) return null;
  return h('section', { class: 'event-programme', 'aria-labelledby': 'event-programme-title' },
    h('h2', { id: 'event-programme-title' }, t('programme')),
    h('div', { class: 'event-programme-text' }, safeContent(html)));
}

function timetable(event) {
  const sessions = event.detail?.sessions ?? [];
  if (sessions.length === 0) return null;
  const time = (local) => local.slice(11, 16);
  return h('section', { 'aria-labelledby': 'event-timetable-title' },
    h('h2', { id: 'event-timetable-title' }, t('timetable')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'event-timetable' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${t('time')} (${event.timeZone})`),
        h('th', { scope: 'col' }, t('session')), h('th', { scope: 'col' }, t('speaker')))),
      h('tbody', {}, sessions.map((session) => h('tr', {},
        h('td', { 'data-label': t('time') }, `${time(session.start)}–${time(session.end)}`),
        h('td', { 'data-label': t('session') }, pick(session.title)),
        h('td', { 'data-label': t('speaker') }, session.speaker ?? '')))))));
}

function contact(event) {
  const who = event.detail?.contact;
  if (!who) return null;
  return h('section', { 'aria-labelledby': 'event-contact-title' },
    h('h2', { id: 'event-contact-title' }, t('contact')),
    h('p', {}, who.name, h('br'), h('a', { href: `mailto:${who.email}` }, who.email),
      who.phone ? [h('br'), who.phone] : null));
}

/** Fills the registration section: the caller's registration and what they can do, or the way to register. */
async function showRegistration(portal, event, section, refreshed, announcement) {
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' }, announcement ?? '');
  const heading = h('h2', { id: 'event-registration-title' }, t('registration'));
  const ended = new Date(event.endsAt) <= new Date();
  if (event.status === 'cancelled') {
    replace(section, heading, h('p', {}, t('cancelledEvent')));
    return;
  }
  if (!portal.user) {
    if (event.audience?.kind === 'public' && event.registrationOpen) {
      const { publicForm } = await import('./event-public-form.js');
      replace(section, heading, await publicForm(portal, event),
        h('p', { class: 'meta' }, t('memberLogin'), ' ', loginLink()));
    } else {
      replace(section, heading, h('p', {}, ended ? t('ended') : t('notOpen')),
        !ended && event.registrationOpen ? h('p', {}, loginLink()) : null);
    }
    return;
  }
  const mine = await api.find(`${API}/events/${event.id}/registration`);
  const active = mine && ACTIVE.includes(mine.status);
  const parts = [heading, status];
  if (mine) {
    parts.push(h('p', { class: 'event-mine' }, `${t('yours')}: `, statusBadge(mine.status, mine.statusLabel)),
      mine.status === 'waiting' && mine.waitingPosition ? h('p', {}, t('waitingPosition', { n: mine.waitingPosition }))
        : null,
      mine.status === 'pending' ? h('p', {}, t('pending')) : null,
      mine.status === 'confirmed' && mine.checkInCode && !ended ? h('img', {
        class: 'event-qr', src: `${API}/events/${event.id}/registration/qr.png`, alt: t('qrAlt'),
        width: 180, height: 180,
      }) : null,
      mine.status === 'confirmed' && ended ? h('p', {}, h('a', {
        href: eventHref(event.id, '&view=follow-up'), class: 'button',
      }, t('followUp'))) : null);
  }
  if (active && !ended) {
    parts.push(h('p', { class: 'event-actions' },
      h('button', { type: 'button', class: 'button secondary', onclick: () => act('DELETE', '') }, t('cancel')),
      mine.status !== 'pending' ? h('button', {
        type: 'button', class: 'button secondary', onclick: () => act('POST', '/not-attending'),
      }, t('notAttending')) : null));
  } else if (event.registrationOpen && !active) {
    parts.push(registerForm());
  } else if (!active) {
    parts.push(h('p', {}, ended ? t('ended') : t('notOpen')));
  }
  replace(section, ...parts);
  if (announcement) status.focus();

  function registerForm() {
    const questions = event.questions ?? [];
    const form = h('form', { class: 'stack event-register', novalidate: true, onsubmit: register },
      h('div', { class: 'form-errors' }),
      questions.length ? h('h3', {}, t('questions')) : null,
      questionFields(questions, 'event-register'),
      h('p', {}, h('button', { type: 'submit', class: 'button' }, mine ? t('registerAgain') : t('register'))));
    async function register(submit) {
      submit.preventDefault();
      clearErrors(form);
      try {
        const body = questions.length ? { answers: answersOf(form, questions) } : {};
        const done = await api.send('POST', `${API}/events/${event.id}/registration`, body);
        await refresh(outcome(done));
      } catch (error) {
        if (!error.status) throw error;
        showErrors(form, error);
      }
    }
    return form;
  }

  async function act(method, path) {
    try {
      const done = await api.send(method, `${API}/events/${event.id}/registration${path}`);
      await refresh(outcome(done));
    } catch (error) {
      if (!error.status) throw error;
      replace(status, h('span', { class: 'danger' }, error.message));
      status.focus();
    }
  }

  async function refresh(message) {
    const fresh = await api.get(`${API}/events/${event.id}`);
    refreshed(fresh);
    await showRegistration(portal, fresh, section, refreshed, message);
  }
}

/** @returns {string} what a registration's change did, in the catalogue's words or else the server's */
function outcome(done) {
  return t.has(`done.${done.status}`) ? t(`done.${done.status}`) : done.statusLabel;
}

/** @returns {boolean} whether the user may organise the event (the server decides; this only offers the link) */
function organises(user, event) {
  const roles = user?.roles ?? [];
  return roles.includes('secretariat') || (user?.organization === event.organiserId
    && (roles.includes('member-admin') || roles.includes('member-staff')));
}

function loginLink() {
  const next = `${location.pathname}${location.search}`;
  return h('a', { href: `/login?next=${encodeURIComponent(next)}`, class: 'button secondary' },
    t('loginToRegister'));
}
