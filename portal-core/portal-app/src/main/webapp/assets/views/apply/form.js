import { showErrors, clearErrors, summaryFor, honeypot } from '../../core/forms.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { ApiError } from '../../core/api.js';
import { reference } from '../../core/reference.js';
import {
  textField, selectField, checkboxGroup, value, checkedValues, statusLine,
  publicPost,
} from '../organization/form-parts.js';

/**
 * The public membership application: for visitors without an account. The form carries a signed token fetched when
 * the form is shown (the server refuses forms sent sooner than a person fills them in, or too old), and a field
 * people never see nor hear (bots fill it in). Errors are shown at their fields; a duplicate name (409) and too
 * many submissions (429) are explained in plain words. After sending, the reference number, and that the private
 * link to follow the application went out by e-mail.
 */
export async function render(main) {
  const lists = await reference();
  const token = await formToken();
  const status = statusLine();
  const form = h('form', { class: 'stack application-form', novalidate: true, onsubmit: (event) => submit(event, main, token, status) },
    h('div', { class: 'form-errors' }),
    h('p', { class: 'meta' }, t('apply.requiredNote')),
    h('fieldset', {},
      h('legend', {}, t('apply.section.organization')),
      textField('organization.nameJa', t('apply.nameJa'), { required: true, lang: 'ja', autocomplete: 'organization', hint: t('apply.nameJa.hint') }),
      textField('organization.nameReading', t('apply.nameReading'), { lang: 'ja', hint: t('apply.nameReading.hint') }),
      textField('organization.nameEn', t('apply.nameEn'), { required: true, lang: 'en' }),
      selectField('organization.legalForm', t('apply.legalForm'), lists.legalForms, null),
      selectField('membershipClass', t('apply.membershipClass'), lists.membershipClasses, 'full', { noEmpty: true }),
      textField('organization.website', t('apply.website'), { type: 'url', autocomplete: 'url', hint: t('apply.website.hint') })),
    h('fieldset', {},
      h('legend', {}, t('apply.section.place')),
      selectField('organization.prefecture', t('apply.prefecture'), lists.prefectures, null),
      textField('organization.postalCode', t('apply.postalCode'), { autocomplete: 'postal-code', inputmode: 'numeric', hint: t('apply.postalCode.hint') }),
      textField('organization.addressJa', t('apply.addressJa'), { lang: 'ja' }),
      textField('organization.addressEn', t('apply.addressEn'), { lang: 'en' })),
    h('fieldset', {},
      h('legend', {}, t('apply.section.activities')),
      checkboxGroup('organization.fields', t('apply.fields'), lists.fields),
      checkboxGroup('organization.services', t('apply.services'), lists.services)),
    h('fieldset', {},
      h('legend', {}, t('apply.section.applicant')),
      textField('applicant.name', t('apply.applicantName'), { required: true, autocomplete: 'name', hint: t('apply.applicantName.hint') }),
      textField('applicant.email', t('apply.applicantEmail'), { required: true, type: 'email', autocomplete: 'email', hint: t('apply.applicantEmail.hint') }),
      textField('applicant.phone', t('apply.applicantPhone'), { type: 'tel', autocomplete: 'tel' })),
    h('fieldset', {},
      h('legend', {}, t('apply.section.message')),
      textField('message', t('apply.message'), { multiline: true, hint: t('apply.message.hint') })),
    honeypot({ id: 'apply-confirm-email', name: 'confirmEmail' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('apply.submit'))),
    status);

  replace(main,
    h('h1', {}, t('apply.title')),
    h('p', { class: 'lead' }, t('apply.lead')),
    h('section', { 'aria-labelledby': 'apply-form-heading' },
      h('h2', { id: 'apply-form-heading' }, t('apply.formHeading')),
      form));
}

/**
 * A form token, and when (on this browser's clock) it may be sent: the server says its earliest time in its own
 * clock, and the Date of its answer tells how far that is from now.
 */
async function formToken() {
  const response = await fetch('/api/public/applications/form-token', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new ApiError(response.status, {});
  const issued = await response.json();
  const serverNow = Date.parse(response.headers.get('Date') ?? '') || Date.now();
  // the Date header has whole seconds: add one
  const wait = Math.max(0, Date.parse(issued.notBefore) - serverNow + 1000);
  return { value: issued.token, sendableAt: Date.now() + wait };
}

function body(form, token) {
  return {
    formToken: token.value,
    confirmEmail: form.elements.namedItem('confirmEmail').value,
    membershipClass: value(form, 'membershipClass'),
    message: value(form, 'message'),
    applicant: {
      name: value(form, 'applicant.name'),
      email: value(form, 'applicant.email'),
      phone: value(form, 'applicant.phone'),
      language: language(),
    },
    organization: {
      nameJa: value(form, 'organization.nameJa'),
      nameEn: value(form, 'organization.nameEn'),
      nameReading: value(form, 'organization.nameReading'),
      legalForm: value(form, 'organization.legalForm'),
      prefecture: value(form, 'organization.prefecture'),
      postalCode: value(form, 'organization.postalCode'),
      addressJa: value(form, 'organization.addressJa'),
      addressEn: value(form, 'organization.addressEn'),
      website: value(form, 'organization.website'),
      fields: checkedValues(form, 'organization.fields'),
      services: checkedValues(form, 'organization.services'),
    },
  };
}

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

async function submit(event, main, token, status) {
  event.preventDefault();
  const form = event.target;
  const button = form.querySelector('button[type=submit]');
  if (button.getAttribute('aria-disabled') === 'true') return;
  clearErrors(form);
  button.setAttribute('aria-disabled', 'true');
  status.textContent = t('apply.sending');
  try {
    const receipt = await post(form, token);
    showReceipt(main, receipt);
  } catch (error) {
    status.textContent = '';
    if (!(error instanceof ApiError)) throw error;
    showErrors(form, error, { summary: explain(error) });
  } finally {
    button.removeAttribute('aria-disabled');
  }
}

/** Sends the form once its token may be sent; a token the server refuses (too old, used) is renewed once. */
async function post(form, token) {
  for (let attempt = 0; ; attempt += 1) {
    await sleep(Math.max(0, token.sendableAt - Date.now()));
    try {
      return await publicPost('/api/public/applications', body(form, token));
    } catch (error) {
      if (attempt > 0 || !(error instanceof ApiError) || error.status !== 400 || !error.errors.formToken) throw error;
      Object.assign(token, await formToken());
    }
  }
}

/** What went wrong, in plain words. */
function explain(error) {
  if (error.status === 409) return t('apply.error.duplicateSummary');
  if (error.status === 429) {
    const seconds = /(\d+) seconds/.exec(error.message)?.[1];
    const minutes = seconds ? Math.max(1, Math.ceil(Number(seconds) / 60)) : 60;
    return t('apply.error.tooMany', { minutes });
  }
  if (error.status === 413) return t('apply.error.tooLarge');
  if (error.errors?.confirmEmail) return t('apply.error.honeypot');
  if (error.errors?.formToken) return t('apply.error.token');
  return summaryFor(error);
}

function showReceipt(main, receipt) {
  const heading = h('h1', { tabindex: '-1' }, t('apply.done.title'));
  replace(main,
    heading,
    h('p', { class: 'lead' }, t('apply.done.lead')),
    h('section', { 'aria-labelledby': 'apply-reference-heading', class: 'apply-receipt' },
      h('h2', { id: 'apply-reference-heading' }, t('apply.done.reference')),
      h('p', { class: 'apply-reference', 'data-reference': receipt.reference }, receipt.reference),
      h('p', {}, t('apply.done.keep'))),
    h('section', { 'aria-labelledby': 'apply-next-heading' },
      h('h2', { id: 'apply-next-heading' }, t('apply.done.next')),
      h('p', {}, t('apply.done.mail')),
      h('p', {}, t('apply.done.noMail'))));
  document.title = `${heading.textContent} — ${t('site.name')}`;
  heading.focus();
}
