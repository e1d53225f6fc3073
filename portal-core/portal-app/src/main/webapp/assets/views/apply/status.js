import { showErrors, clearErrors } from '../../core/forms.js';
import { h, replace } from '../../core/dom.js';
import { t, pick, language } from '../../core/i18n.js';
import { get, ApiError } from '../../core/api.js';
import { label } from '../../core/reference.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import {
  textField, statusLine, publicPost,
} from '../organization/form-parts.js';

/**
 * The applicant's private page (the link in their confirmation mail; no login): where the application stands, the
 * secretariat's questions and the answers given, and, while a question is open, a form to answer it.
 */
export async function render(main, { params }) {
  const path = `/api/public/applications/${encodeURIComponent(params.token)}`;
  let application;
  try {
    application = await get(path);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      replace(main,
        h('h1', {}, t('apply.status.unknown.title')),
        h('p', {}, t('apply.status.unknown.detail')),
        h('p', {}, h('a', { href: '/apply' }, t('apply.status.unknown.apply'))));
      return;
    }
    throw error;
  }
  await show(main, application, path);
}

async function show(main, application, path) {
  const org = application.organization.profile;
  const name = language() === 'ja' ? org.nameJa : org.nameEn;
  const open = application.status === 'information-requested';
  replace(main,
    h('h1', {}, t('apply.status.title')),
    h('p', { class: 'lead' }, t('apply.status.lead', { name })),
    h('section', { 'aria-labelledby': 'apply-status-heading' },
      h('h2', { id: 'apply-status-heading' }, t('apply.status.where')),
      h('p', { class: `apply-status apply-status-${application.status}`, 'data-status': application.status },
        pick(application.statusLabel)),
      h('p', {}, t(`apply.status.explain.${application.status}`)),
      application.reason ? h('p', {}, t('apply.status.reason'), ' ', h('span', { class: 'pre-line' }, application.reason)) : null,
      h('dl', { class: 'facts' },
        fact(t('apply.status.reference'), application.reference),
        fact(t('apply.status.submitted'), formatDate(application.submittedAt)),
        fact(t('apply.status.organization'), name),
        fact(t('apply.membershipClass'), await label('membershipClasses', application.membershipClass)),
        fact(t('apply.status.applicant'), `${application.applicant.name} <${application.applicant.email}>`))),
    h('section', { 'aria-labelledby': 'apply-messages-heading' },
      h('h2', { id: 'apply-messages-heading' }, t('apply.status.messages')),
      application.messages.length === 0
        ? h('p', {}, t('apply.status.noMessages'))
        : h('ol', { class: 'messages' }, application.messages.map(message))),
    open ? answerSection(main, path) : null);
}

function fact(term, description) {
  return [h('dt', {}, term), h('dd', {}, description)];
}

function message(m) {
  return h('li', { class: `message message-${m.author}` },
    h('p', { class: 'meta' },
      t(`apply.status.author.${m.author}`), ' · ', h('time', { datetime: m.sentAt }, formatDateTime(m.sentAt))),
    h('p', { class: 'pre-line' }, m.text));
}

function answerSection(main, path) {
  const status = statusLine();
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: (event) => answer(event, main, path, status) },
    h('div', { class: 'form-errors' }),
    textField('text', t('apply.status.answer'), { multiline: true, required: true }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('apply.status.send'))),
    status);
  return h('section', { 'aria-labelledby': 'apply-answer-heading' },
    h('h2', { id: 'apply-answer-heading' }, t('apply.status.answerHeading')),
    h('p', {}, t('apply.status.answerLead')),
    form);
}

async function answer(event, main, path, status) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  status.textContent = t('apply.sending');
  try {
    const updated = await publicPost(`${path}/answers`, { text: form.elements.namedItem('text').value });
    await show(main, updated, path);
    const heading = main.querySelector('#apply-status-heading');
    replace(main.querySelector('.lead'), t('apply.status.answered'));
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  } catch (error) {
    status.textContent = '';
    if (!(error instanceof ApiError)) throw error;
    showErrors(form, error, {
      byStatus: { 429: t('apply.error.tooMany', { minutes: 60 }), 409: t('apply.status.noQuestion') },
    });
  }
}
