/**
 * The short form after an event (?id=<event>&view=follow-up for a logged-in registrant, ?follow-up=<token> for a
 * public one): how satisfied, how many new contacts, whether (and with whom) they want a follow-up, a comment.
 * It opens once the event has ended; an answer can be corrected for a while (`editableUntil`), then it is shown
 * read-only.
 */
import {
  h, replace, api, catalogue, pick, field, choices, showErrors, clearErrors, readerZone, formatDate,
} from '/assets/kit/1/index.js';
import { API, eventHref } from './common.js';

const t = await catalogue(import.meta.url, 'followUp');

/** @param {{id?: string, token?: string}} which the event (logged in) or the registrant's private token */
export async function render(main, portal, which) {
  const path = which.token ? `${API}/follow-ups/${encodeURIComponent(which.token)}`
    : `${API}/events/${encodeURIComponent(which.id)}/follow-up`;
  let answer;
  try {
    answer = await api.get(path);
  } catch (error) {
    if (error.status !== 404 && error.status !== 409) throw error;
    replace(main, h('h1', {}, error.status === 404 ? t('notFound') : t('title')),
      h('p', { role: 'alert' }, error.status === 404 ? t('notFoundDetail') : error.message));
    return;
  }
  const editable = answer.editable !== false;
  const status = h('p', { class: 'event-outcome', role: 'status', tabindex: '-1' },
    !editable ? t('closed') : (answer.answered ? t('answered') : ''));
  const form = h('form', { class: 'stack event-follow-up', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    answer.editableUntil && editable ? h('p', { class: 'meta' }, t('until', {
      day: formatDate(answer.editableUntil, readerZone()) })) : null,
    choices({
      id: 'follow-up-satisfaction', legend: t('satisfaction'), name: 'satisfaction', required: true,
      class: 'event-scale', checked: answer.satisfaction,
      items: [1, 2, 3, 4, 5].map((value, i) => [String(value), t(`scale.${i}`)]),
    }),
    field({ id: 'follow-up-contacts', label: t('newContacts'), required: true,
      control: h('input', { name: 'newContacts', type: 'number', min: 0, max: 999, inputmode: 'numeric',
        value: String(answer.newContacts ?? 0) }) }),
    h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: 'follow-up-wanted', name: 'followUpWanted',
        checked: !!answer.followUpWanted }),
      h('label', { for: 'follow-up-wanted' }, t('followUpWanted'))),
    field({ id: 'follow-up-with', label: t('followUpWith'), hint: t('followUpWithHint'),
      control: h('input', { name: 'followUpWith', type: 'text', maxlength: 500, value: answer.followUpWith ?? '' }) }),
    field({ id: 'follow-up-comment', label: t('comment'),
      control: h('textarea', { name: 'comment', maxlength: 2000 }, answer.comment ?? '') }),
    editable ? h('p', {}, h('button', { type: 'submit', class: 'button' }, t('save'))) : null);
  if (!editable) form.querySelectorAll('input, textarea').forEach((control) => { control.disabled = true; });
  replace(main,
    h('h1', {}, t('title')),
    h('p', { class: 'lead' }, h('a', { href: eventHref(answer.event.id) }, pick(answer.event.title))),
    status,
    form);

  async function save(submitted) {
    submitted.preventDefault();
    clearErrors(form);
    const values = form.elements;
    const chosen = form.querySelector('[name="satisfaction"]:checked');
    try {
      await api.send('PUT', path, {
        satisfaction: chosen ? Number(chosen.value) : null,
        newContacts: values.newContacts.value === '' ? null : Number(values.newContacts.value),
        followUpWanted: values.followUpWanted.checked,
        followUpWith: values.followUpWith.value.trim(),
        comment: values.comment.value.trim(),
      });
      replace(status, t('saved'));
      status.focus();
    } catch (error) {
      if (!error.status) throw error;
      showErrors(form, error);
    }
  }
}
