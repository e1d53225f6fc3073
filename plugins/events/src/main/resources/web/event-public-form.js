/**
 * The registration form of a public event for visitors without an account: name, e-mail, organization, the
 * language of the e-mails, the organisers' questions. The server hands out a form token first (GET
 * registration-form) and checks it with the honeypot `website`, a field people and assistive technology never
 * meet (off screen, hidden from the accessibility tree, out of the tab order) but form-filling robots do. After
 * registering, the visitor lands on their own private page (?registration=<token>).
 */
import {
  h, api, catalogue, field, honeypot, showErrors, clearErrors, languageSelect,
} from '/assets/kit/1/index.js';
import { API, SCREENS, questionFields, answersOf } from './common.js';

const t = await catalogue(import.meta.url, 'publicForm');

/** @returns {Promise<HTMLElement>} the form for the event (or a note when the server gives no form) */
export async function publicForm(portal, event) {
  const { navigate } = portal;
  let form;
  try {
    form = await api.get(`${API}/events/${event.id}/registration-form`);
  } catch (error) {
    if (!error.status) throw error;
    return h('p', { class: 'danger' }, error.status === 404 ? t('unavailable') : error.message);
  }
  const questions = form.questions ?? [];
  const element = h('form', { class: 'stack event-public-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'form-errors' }),
    h('p', {}, t('intro')),
    field({ id: 'public-name', label: t('name'), required: true,
      control: h('input', { name: 'name', type: 'text', maxlength: 200, autocomplete: 'name' }) }),
    field({ id: 'public-email', label: t('email'), required: true,
      control: h('input', { name: 'email', type: 'email', maxlength: 320, autocomplete: 'email' }) }),
    field({ id: 'public-organization', label: t('organization'),
      control: h('input', { name: 'organization', type: 'text', maxlength: 200, autocomplete: 'organization' }) }),
    field({ id: 'public-language', label: t('language'), control: languageSelect() }),
    questions.length ? h('h3', {}, t('questions')) : null,
    questionFields(questions, 'public'),
    honeypot({ id: 'public-website', name: 'website' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('submit'))));

  async function submit(submitted) {
    submitted.preventDefault();
    clearErrors(element);
    const value = (name) => element.elements[name].value.trim();
    try {
      const done = await api.send('POST', `${API}/events/${event.id}/public-registrations`, {
        name: value('name'), email: value('email'), organization: value('organization'),
        language: value('language'), answers: answersOf(element, questions), formToken: form.formToken,
        website: element.elements.website.value,
      });
      navigate(`${SCREENS}/events?registration=${encodeURIComponent(done.privateToken)}`);
    } catch (error) {
      if (!error.status) throw error;
      showErrors(element, error);
      if (error.errors?.formToken) await renewToken();
    }
  }

  /** A token refused (expired, used, sent too soon) is replaced, so that the next try can pass. */
  async function renewToken() {
    const fresh = await api.get(`${API}/events/${event.id}/registration-form`).catch(() => null);
    if (fresh) form = fresh;
  }
  return element;
}
