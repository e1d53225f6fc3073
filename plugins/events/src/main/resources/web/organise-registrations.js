import { API, clearErrors, common, field, pick, showErrors } from './common.js';
import { words } from './organise-text.js';
import { answerText, notify, organizationOf, screen } from './organise-parts.js';
import { organizationPicker } from './organise-organizations.js';

/** Statuses an organiser may still cancel. */
const OPEN = ['confirmed', 'waiting', 'pending'];

/**
 * An event's registrations for its organisers (`?event=12&view=registrations[&q=name]`): in order, with status,
 * place on the waiting list, answers and check-in; approve or decline those awaiting approval, cancel one,
 * register a person, search by name, download the list (CSV) and write to all registrants.
 */
export async function render(main, portal, message) {
  const { h, replace, api, format, language, query, navigate } = portal;
  const text = words(language);
  const { waitingCount } = common(portal);
  const id = encodeURIComponent(query.get('event'));
  const q = query.get('q') ?? '';
  const [event, registrations] = await Promise.all([
    api.get(`${API}/events/${id}`),
    api.get(`${API}/events/${id}/registrations${q ? `?${new URLSearchParams({ q })}` : ''}`),
  ]);
  const title = pick(portal, event.title);
  const questions = event.questions ?? [];
  const notice = h('div', { class: 'organise-notice-box' });
  const rerender = (said) => render(main, portal, said);
  const summaryOf = (error) => (error.status === 400 ? text.errors(Object.keys(error.errors ?? {}).length || 1)
    : error.message || text.failed);

  const search = h('form', { role: 'search', class: 'organise-inline', onsubmit: (submit) => {
    submit.preventDefault();
    const typed = submit.target.elements.q.value.trim();
    navigate(screen({ event: event.id, view: 'registrations', q: typed || undefined }));
  } },
  field(portal, { id: 'registrations-q', label: text.search,
    control: h('input', { name: 'q', type: 'search', value: q }) }),
  h('button', { type: 'submit', class: 'button secondary' }, text.searchButton),
  q ? h('a', { href: screen({ event: event.id, view: 'registrations' }) }, text.clearSearch) : null);

  replace(main,
    h('p', {}, h('a', { href: screen() }, text.backToList)),
    h('h1', {}, text.registrationsOf(title)),
    notice,
    h('p', { class: 'organise-overview' },
      h('span', { class: `organise-status organise-status-${event.status}` }, event.statusLabel), ' ',
      text.seatsOf(event.confirmed, event.capacity), event.waiting > 0 ? `, ${waitingCount(event.waiting)}` : ''),
    h('ul', { class: 'organise-links' },
      h('li', {}, h('a', { href: `${API}/events/${id}/registrations.csv`, download: `registrations-${event.id}.csv` },
        text.csv)),
      h('li', {}, h('a', { href: screen({ edit: event.id }) }, text.edit)),
      h('li', {}, h('a', { href: screen({ event: event.id, view: 'checkin' }) }, text.checkin)),
      h('li', {}, h('a', { href: screen({ event: event.id, view: 'report' }) }, text.report))),
    search,
    registrations.length === 0 ? h('p', {}, text.noRegistrations) : table(),
    addForm(),
    messageForm());
  if (message) notify(h, notice, message);

  function table() {
    return h('div', { class: 'table-scroll' }, h('table', { class: 'organise-registrations' },
      h('caption', { class: 'visually-hidden' }, text.registrationsOf(title)),
      h('thead', {}, h('tr', {},
        [text.order, text.name, text.status, text.answers, text.checkedIn, ''].map((label, i) =>
          h('th', { scope: 'col' }, i === 5 ? h('span', { class: 'visually-hidden' }, text.rowActions) : label)))),
      h('tbody', {}, registrations.map((r, i) => h('tr', { 'data-registration': r.id, 'data-status': r.status },
        h('td', {}, String(i + 1)),
        h('th', { scope: 'row' }, r.name,
          h('span', { class: 'meta organise-block' }, r.email),
          organizationOf(r) ? h('span', { class: 'meta organise-block' }, organizationOf(r)) : null),
        h('td', {}, h('span', { class: `organise-registration-status organise-registration-${r.status}` },
          r.statusLabel), r.waitingPosition ? h('span', { class: 'organise-block' },
          text.waitingPosition(r.waitingPosition)) : null),
        h('td', {}, questions.length === 0 ? text.none0 : h('dl', { class: 'organise-answers' },
          questions.map((question) => [h('dt', {}, language === 'en' ? question.labelEn : question.labelJa),
            h('dd', {}, answerText(question, r.answers?.[question.id], language, text))]))),
        h('td', {}, r.checkedInAt ? format.formatDateTime(r.checkedInAt) : text.notCheckedIn),
        h('td', {}, h('div', { class: 'organise-row-actions' }, actions(r))))))));
  }

  function actions(r) {
    const act = (label, move, confirmation, outcome, danger) => h('button', {
      type: 'button', class: danger ? 'link-button danger' : 'link-button', 'data-action': move,
      'aria-label': `${label}: ${r.name}`,
      onclick: async () => {
        if (confirmation && !window.confirm(confirmation)) return;
        try {
          if (move === 'cancel') await api.send('DELETE', `${API}/events/${id}/registrations/${r.id}`);
          else await api.send('POST', `${API}/events/${id}/registrations/${r.id}/${move}`);
          await rerender(outcome);
        } catch (error) {
          notify(h, notice, error.status === 403 ? text.forbidden : error.message || text.failed, 'error');
        }
      },
    }, label);
    return [
      r.status === 'pending' ? act(text.approve, 'approve', null, text.approved(r.name)) : null,
      r.status === 'pending' ? act(text.decline, 'decline', text.confirmDecline(r.name), text.declined(r.name), true)
        : null,
      OPEN.includes(r.status) ? act(text.cancelRegistration, 'cancel', text.confirmCancelRegistration(r.name),
        text.registrationCancelled(r.name), true) : null,
    ];
  }

  function addForm() {
    const picker = organizationPicker(portal, { id: 'person-organization', name: 'organizationId',
      legend: text.organizationOptional, single: true });
    const form = h('form', { class: 'organise-form', novalidate: true, 'aria-labelledby': 'add-heading',
      onsubmit: async (submit) => {
        submit.preventDefault();
        clearErrors(form);
        const name = form.elements.name.value.trim();
        try {
          await api.send('POST', `${API}/events/${id}/registrations`, {
            name, email: form.elements.email.value.trim(), language: form.elements.language.value,
            organizationId: (await picker).chosen()[0] ?? null,
          });
          await rerender(text.added(name));
        } catch (error) {
          showErrors(portal, form, error, { summary: summaryOf(error) });
        }
      } },
    h('div', { class: 'form-errors' }),
    h('div', { class: 'organise-grid' },
      field(portal, { id: 'person-name', label: text.name,
        control: h('input', { name: 'name', autocomplete: 'off' }) }),
      field(portal, { id: 'person-email', label: text.email, control: h('input', { name: 'email', type: 'email',
        autocomplete: 'off' }) }),
      field(portal, { id: 'person-language', label: text.language, control: h('select', { name: 'language' },
        h('option', { value: 'ja', selected: language === 'ja' }, text.japanese),
        h('option', { value: 'en', selected: language === 'en' }, text.english)) })),
    h('div', { class: 'organise-picker-slot' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, text.addPerson)));
    picker.then((p) => form.querySelector('.organise-picker-slot').replaceWith(p.element));
    return h('section', { 'aria-labelledby': 'add-heading' }, h('h2', { id: 'add-heading' }, text.addPerson), form);
  }

  function messageForm() {
    const result = h('div', { class: 'organise-notice-box' });
    const form = h('form', { class: 'organise-form', novalidate: true, 'aria-labelledby': 'message-heading',
      onsubmit: async (submit) => {
        submit.preventDefault();
        clearErrors(form);
        const value = (name) => form.elements.namedItem(name).value.trim();
        try {
          const sent = await api.send('POST', `${API}/events/${id}/messages`, {
            subjectJa: value('subjectJa'), subjectEn: value('subjectEn'), bodyJa: value('bodyJa'),
            bodyEn: value('bodyEn'), to: value('to'),
          });
          form.reset();
          notify(h, result, text.sent(sent?.recipients ?? 0));
        } catch (error) {
          showErrors(portal, form, error, { summary: summaryOf(error) });
        }
      } },
    h('div', { class: 'form-errors' }),
    h('div', { class: 'organise-bilingual' },
      field(portal, { id: 'message-subject-ja', label: text.subjectJa, control: h('input', { name: 'subjectJa',
        lang: 'ja' }) }),
      field(portal, { id: 'message-subject-en', label: text.subjectEn, control: h('input', { name: 'subjectEn',
        lang: 'en' }) }),
      field(portal, { id: 'message-body-ja', label: text.bodyJa, control: h('textarea', { name: 'bodyJa', lang: 'ja',
        rows: 6 }) }),
      field(portal, { id: 'message-body-en', label: text.bodyEn, control: h('textarea', { name: 'bodyEn', lang: 'en',
        rows: 6 }) })),
    h('fieldset', { class: 'checkboxes', 'data-path': 'to' },
      h('legend', {}, text.to),
      h('ul', { class: 'checkbox-list' }, [['confirmed', text.toConfirmed], ['all', text.toAll]].map(([to, label]) =>
        h('li', {}, h('input', { type: 'radio', id: `message-to-${to}`, name: 'to', value: to,
          checked: to === 'confirmed' }), h('label', { for: `message-to-${to}` }, label))))),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, text.send)));
    return h('section', { 'aria-labelledby': 'message-heading' }, h('h2', { id: 'message-heading' }, text.message),
      result, form);
  }
}
