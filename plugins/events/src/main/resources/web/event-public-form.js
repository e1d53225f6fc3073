/**
 * The registration form of a public event for visitors without an account: name, e-mail, organization, the
 * language of the e-mails, the organisers' questions. The server hands out a form token first (GET
 * registration-form) and checks it with the honeypot `website`, a field people and assistive technology never
 * meet (off screen, hidden from the accessibility tree, out of the tab order) but form-filling robots do. After
 * registering, the visitor lands on their own private page (?registration=<token>).
 */
import { API, SCREENS, field, questionFields, answersOf, showErrors, clearErrors } from './common.js';

const TEXT = {
  ja: {
    intro: 'アカウントがなくても申し込めます。確認メールに、申込内容の確認・取消用のリンクをお送りします。',
    name: '氏名', email: 'メールアドレス', organization: '所属（任意）', language: 'メールの言語',
    japanese: '日本語', english: '英語', submit: 'この内容で申し込む', honeypot: 'この欄は空のままにしてください',
    questions: '主催者からの質問', unavailable: '申込フォームを表示できませんでした。時間をおいてお試しください。',
  },
  en: {
    intro: 'No account needed. The confirmation e-mail brings a link to see or cancel your registration.',
    name: 'Name', email: 'E-mail address', organization: 'Organization (optional)', language: 'Language of e-mails',
    japanese: 'Japanese', english: 'English', submit: 'Register', honeypot: 'Leave this field empty',
    questions: 'Questions from the organisers',
    unavailable: 'The registration form could not be shown. Please try again later.',
  },
};

/** @returns {Promise<HTMLElement>} the form for the event (or a note when the server gives no form) */
export async function publicForm(portal, event) {
  const { h, api, navigate } = portal;
  const text = TEXT[portal.language] ?? TEXT.ja;
  let form;
  try {
    form = await api.get(`${API}/events/${event.id}/registration-form`);
  } catch (error) {
    if (!error.status) throw error;
    return h('p', { class: 'danger' }, error.status === 404 ? text.unavailable : error.message);
  }
  const questions = form.questions ?? [];
  const element = h('form', { class: 'stack event-public-form', novalidate: true, onsubmit: submit },
    h('div', { class: 'form-errors' }),
    h('p', {}, text.intro),
    field(portal, { id: 'public-name', label: text.name, required: true,
      control: h('input', { name: 'name', type: 'text', maxlength: 200, autocomplete: 'name' }) }),
    field(portal, { id: 'public-email', label: text.email, required: true,
      control: h('input', { name: 'email', type: 'email', maxlength: 320, autocomplete: 'email' }) }),
    field(portal, { id: 'public-organization', label: text.organization,
      control: h('input', { name: 'organization', type: 'text', maxlength: 200, autocomplete: 'organization' }) }),
    field(portal, { id: 'public-language', label: text.language,
      control: h('select', { name: 'language' },
        h('option', { value: 'ja', selected: portal.language !== 'en' }, text.japanese),
        h('option', { value: 'en', selected: portal.language === 'en' }, text.english)) }),
    questions.length ? h('h3', {}, text.questions) : null,
    questionFields(portal, questions, 'public'),
    h('div', { class: 'event-honeypot', 'aria-hidden': 'true' },
      h('label', { for: 'public-website' }, text.honeypot),
      h('input', { id: 'public-website', name: 'website', type: 'text', tabindex: '-1', autocomplete: 'off' })),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, text.submit)));

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
      showErrors(portal, element, error);
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
