import {
  h, replace, api, formatDateTime, catalogue, clearErrors, confirmDialog, field, pick, showErrors, organizationPicker,
  notify, searchForm, languageSelect,
} from '/assets/kit/1/index.js';
import { API } from './common.js';
import { answerText, organizationOf, screen, seatsOverview } from './organise-parts.js';

const t = await catalogue(import.meta.url, 'organise');

/** Statuses an organiser may still cancel. */
const OPEN = ['confirmed', 'waiting', 'pending'];

/**
 * An event's registrations for its organisers (`?event=12&view=registrations[&q=name]`): in order, with status,
 * place on the waiting list, answers and check-in; approve or decline those awaiting approval, cancel one,
 * register a person, search by name, download the list (CSV) and write to all registrants.
 */
export async function render(main, portal, message) {
  const { query, navigate } = portal;
  const id = encodeURIComponent(query.get('event'));
  const q = query.get('q') ?? '';
  const [event, registrations] = await Promise.all([
    api.get(`${API}/events/${id}`),
    api.get(`${API}/events/${id}/registrations${q ? `?${new URLSearchParams({ q })}` : ''}`),
  ]);
  const title = pick(event.title);
  const questions = event.questions ?? [];
  const notice = h('div', { class: 'organise-notice-box' });
  const rerender = (said) => render(main, portal, said);

  const search = searchForm({ id: 'registrations-q', label: t('search'), button: t('searchButton'), value: q,
    class: 'organise-inline', more: [q ? h('a', { href: screen({ event: event.id, view: 'registrations' }) },
      t('clearSearch')) : null],
    onsearch: (typed) => navigate(screen({ event: event.id, view: 'registrations', q: typed || undefined })) });

  replace(main,
    h('p', {}, h('a', { href: screen() }, t('backToList'))),
    h('h1', {}, t('registrationsOf', { title: title })),
    notice,
    h('p', { class: 'organise-overview' }, seatsOverview(event)),
    h('ul', { class: 'organise-links' },
      h('li', {}, h('a', { href: `${API}/events/${id}/registrations.csv`, download: `registrations-${event.id}.csv` },
        t('csv'))),
      h('li', {}, h('a', { href: screen({ edit: event.id }) }, t('edit'))),
      h('li', {}, h('a', { href: screen({ event: event.id, view: 'checkin' }) }, t('checkin'))),
      h('li', {}, h('a', { href: screen({ event: event.id, view: 'report' }) }, t('report')))),
    search,
    registrations.length === 0 ? h('p', {}, t('noRegistrations')) : table(),
    addForm(),
    messageForm());
  if (message) notify(notice, message);

  function table() {
    return h('div', { class: 'table-scroll' }, h('table', { class: 'organise-registrations' },
      h('caption', { class: 'visually-hidden' }, t('registrationsOf', { title: title })),
      h('thead', {}, h('tr', {},
        [t('order'), t('name'), t('status'), t('answers'), t('checkedIn'), ''].map((label, i) =>
          h('th', { scope: 'col' }, i === 5 ? h('span', { class: 'visually-hidden' }, t('rowActions')) : label)))),
      h('tbody', {}, registrations.map((r, i) => h('tr', { 'data-registration': r.id, 'data-status': r.status },
        h('td', {}, String(i + 1)),
        h('th', { scope: 'row' }, r.name,
          h('span', { class: 'meta organise-block' }, r.email),
          organizationOf(r) ? h('span', { class: 'meta organise-block' }, organizationOf(r)) : null),
        h('td', {}, h('span', { class: `organise-registration-status organise-registration-${r.status}` },
          r.statusLabel), r.waitingPosition ? h('span', { class: 'organise-block' },
          t('waitingPosition', { n: r.waitingPosition })) : null),
        h('td', {}, questions.length === 0 ? t('none0') : h('dl', { class: 'organise-answers' },
          questions.map((question) => [h('dt', {}, pick({ ja: question.labelJa, en: question.labelEn })),
            h('dd', {}, answerText(question, r.answers?.[question.id]))]))),
        h('td', {}, r.checkedInAt ? formatDateTime(r.checkedInAt) : t('notCheckedIn')),
        h('td', {}, h('div', { class: 'organise-row-actions' }, actions(r))))))));
  }

  function actions(r) {
    const act = (label, move, confirmation, outcome, danger) => h('button', {
      type: 'button', class: danger ? 'link-button danger' : 'link-button', 'data-action': move,
      'aria-label': `${label}: ${r.name}`,
      onclick: async () => {
        if (confirmation && !await confirmDialog(confirmation)) return;
        try {
          if (move === 'cancel') await api.send('DELETE', `${API}/events/${id}/registrations/${r.id}`);
          else await api.send('POST', `${API}/events/${id}/registrations/${r.id}/${move}`);
          await rerender(outcome);
        } catch (error) {
          notify(notice, error.status === 403 ? t('forbidden') : error.message || t('failed'), { error: true });
        }
      },
    }, label);
    return [
      r.status === 'pending' ? act(t('approve'), 'approve', null, t('approved', { name: r.name })) : null,
      r.status === 'pending' ? act(t('decline'), 'decline', t('confirmDecline', { name: r.name }),
        t('declined', { name: r.name }), true) : null,
      OPEN.includes(r.status) ? act(t('cancelRegistration'), 'cancel', t('confirmCancelRegistration', { name: r.name }),
        t('registrationCancelled', { name: r.name }), true) : null,
    ];
  }

  function addForm() {
    const picker = organizationPicker({ id: 'person-organization', name: 'organizationId',
      legend: t('organizationOptional'), single: true });
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
          await rerender(t('added', { name: name }));
        } catch (error) {
          showErrors(form, error);
        }
      } },
    h('div', { class: 'form-errors' }),
    h('div', { class: 'organise-grid' },
      field({ id: 'person-name', label: t('name'),
        control: h('input', { name: 'name', autocomplete: 'off' }) }),
      field({ id: 'person-email', label: t('email'), control: h('input', { name: 'email', type: 'email',
        autocomplete: 'off' }) }),
      field({ id: 'person-language', label: t('language'), control: languageSelect() })),
    h('div', { class: 'organise-picker-slot' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('addPerson'))));
    picker.then((p) => form.querySelector('.organise-picker-slot').replaceWith(p.element));
    return h('section', { 'aria-labelledby': 'add-heading' }, h('h2', { id: 'add-heading' }, t('addPerson')), form);
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
          notify(result, t('sent', { count: sent?.recipients ?? 0 }));
        } catch (error) {
          showErrors(form, error);
        }
      } },
    h('div', { class: 'form-errors' }),
    h('div', { class: 'organise-bilingual' },
      field({ id: 'message-subject-ja', label: t('subjectJa'), control: h('input', { name: 'subjectJa',
        lang: 'ja' }) }),
      field({ id: 'message-subject-en', label: t('subjectEn'), control: h('input', { name: 'subjectEn',
        lang: 'en' }) }),
      field({ id: 'message-body-ja', label: t('bodyJa'), control: h('textarea', { name: 'bodyJa', lang: 'ja',
        rows: 6 }) }),
      field({ id: 'message-body-en', label: t('bodyEn'), control: h('textarea', { name: 'bodyEn', lang: 'en',
        rows: 6 }) })),
    h('fieldset', { class: 'checkboxes', 'data-path': 'to' },
      h('legend', {}, t('to')),
      h('ul', { class: 'checkbox-list' }, [['confirmed', t('toConfirmed')], ['all', t('toAll')]].map(([to, label]) =>
        h('li', {}, h('input', { type: 'radio', id: `message-to-${to}`, name: 'to', value: to,
          checked: to === 'confirmed' }), h('label', { for: `message-to-${to}` }, label))))),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('send'))));
    return h('section', { 'aria-labelledby': 'message-heading' }, h('h2', { id: 'message-heading' }, t('message')),
      result, form);
  }
}
