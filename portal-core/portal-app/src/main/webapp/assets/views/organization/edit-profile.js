import { showErrors, clearErrors } from '../../core/forms.js';
import { h, replace } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { get, send, ApiError } from '../../core/api.js';
import { reference } from '../../core/reference.js';
import { requireOrganizationAdmin } from '../../core/session.js';
import {
  idFor, textField, selectField, checkboxGroup, value, checkedValues, statusLine,
} from './form-parts.js';

/**
 * A member administrator edits their own organization's profile: names, place, website, fields, services, the
 * introduction in both languages and the contacts. Kind, class, domains and status are the secretariat's and shown
 * only. The edit carries the version it was based on: when someone else saved meanwhile (409) the reader is told
 * and may load the current profile.
 */
export async function render(main, context) {
  const user = await requireOrganizationAdmin();
  const alias = user.organization;
  const [organization, lists] = await Promise.all([get(`/api/organizations/${encodeURIComponent(alias)}`), reference()]);
  const p = organization.profile;
  const state = { version: organization.version, region: p.region };
  const status = statusLine();
  const contacts = h('div', { class: 'contacts' });
  (p.contacts ?? []).forEach((c) => contacts.append(contactRow(c, contacts)));
  const form = h('form', { class: 'stack profile-form', novalidate: true, onsubmit: (event) => save(event, alias, state, status, context) },
    h('div', { class: 'form-errors' }),
    h('p', { class: 'meta' }, t('apply.requiredNote')),
    h('fieldset', {},
      h('legend', {}, t('profile.form.names')),
      textField('profile.nameJa', t('apply.nameJa'), { value: p.nameJa, required: true, lang: 'ja' }),
      textField('profile.nameReading', t('apply.nameReading'), { value: p.nameReading, lang: 'ja', hint: t('apply.nameReading.hint') }),
      textField('profile.nameEn', t('apply.nameEn'), { value: p.nameEn, required: true, lang: 'en' }),
      selectField('profile.legalForm', t('apply.legalForm'), lists.legalForms, p.legalForm),
      textField('profile.website', t('apply.website'), { value: p.website, type: 'url', hint: t('apply.website.hint') })),
    h('fieldset', {},
      h('legend', {}, t('apply.section.place')),
      selectField('profile.prefecture', t('apply.prefecture'), lists.prefectures, p.prefecture),
      textField('profile.postalCode', t('apply.postalCode'), { value: p.postalCode, inputmode: 'numeric', hint: t('apply.postalCode.hint') }),
      textField('profile.addressJa', t('apply.addressJa'), { value: p.addressJa, lang: 'ja' }),
      textField('profile.addressEn', t('apply.addressEn'), { value: p.addressEn, lang: 'en' })),
    h('fieldset', {},
      h('legend', {}, t('profile.form.introduction')),
      textField('profile.profileJa', t('profile.form.profileJa'), { value: p.profileJa, multiline: true, lang: 'ja', hint: t('profile.form.profile.hint') }),
      textField('profile.profileEn', t('profile.form.profileEn'), { value: p.profileEn, multiline: true, lang: 'en' })),
    h('fieldset', {},
      h('legend', {}, t('apply.section.activities')),
      checkboxGroup('profile.fields', t('apply.fields'), lists.fields, p.fields),
      checkboxGroup('profile.services', t('apply.services'), lists.services, p.services)),
    h('fieldset', {},
      h('legend', {}, t('profile.contacts')),
      h('p', { class: 'meta' }, t('profile.contacts.private')),
      contacts,
      h('p', {}, h('button', { type: 'button', class: 'link-button', onclick: () => {
        const row = contactRow({}, contacts);
        contacts.append(row);
        row.querySelector('input').focus();
      } }, t('profile.contact.add')))),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('profile.form.save'))),
    status);

  const name = pick({ ja: p.nameJa, en: p.nameEn });
  replace(main,
    h('h1', {}, t('profile.form.title')),
    h('p', { class: 'lead' }, t('profile.form.lead', { name })),
    h('section', { 'aria-labelledby': 'profile-record-heading' },
      h('h2', { id: 'profile-record-heading' }, t('profile.form.record')),
      h('p', { class: 'meta' }, t('profile.form.recordLead')),
      h('dl', { class: 'facts' },
        h('dt', {}, t('profile.kind')), h('dd', {}, label(lists.kinds, organization.kind)),
        organization.membershipClass ? [h('dt', {}, t('profile.class')), h('dd', {}, label(lists.membershipClasses, organization.membershipClass))] : null,
        h('dt', {}, t('profile.status')), h('dd', {}, label(lists.statuses, organization.status))),
      h('p', {}, h('a', { href: `/organizations/${encodeURIComponent(alias)}` }, t('organization.screen.page')))),
    h('section', { 'aria-labelledby': 'profile-form-heading' },
      h('h2', { id: 'profile-form-heading' }, t('profile.form.heading')),
      form));
}

function label(items, code) {
  const item = items.find((x) => x.code === code);
  return item ? pick(item) : code;
}

/** One contact: a fieldset of its own, numbered; named by its place in the list when the form is sent. */
function contactRow(c, container) {
  const row = h('fieldset', { class: 'contact' },
    h('legend', {}, t('profile.contact.legend')),
    textField('name', t('profile.contact.name'), { value: c.name, required: true }),
    textField('title', t('profile.contact.title'), { value: c.title }),
    textField('email', t('profile.contact.email'), { value: c.email, required: true, type: 'email' }),
    textField('phone', t('profile.contact.phone'), { value: c.phone, type: 'tel' }),
    primaryBox(c.primary),
    h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: () => {
      row.remove();
      renumber(container);
      container.closest('fieldset').querySelector('legend').setAttribute('tabindex', '-1');
      container.closest('fieldset').querySelector('legend').focus();
    } }, t('profile.contact.remove'))));
  queueMicrotask(() => renumber(container));
  return row;
}

function primaryBox(checked) {
  const id = idFor('primary');
  return h('div', { class: 'check' },
    h('input', { type: 'checkbox', id, name: 'primary', checked: !!checked }),
    h('label', { for: id }, t('profile.contact.primary')));
}

/** Names the contacts' controls profile.contacts[i].field, as the API names them in its errors. */
function renumber(container) {
  [...container.querySelectorAll('fieldset.contact')].forEach((row, i) => {
    row.querySelector('legend').textContent = t('profile.contact.legend', { number: i + 1 });
    row.querySelectorAll('input').forEach((input) => {
      const field = input.name.replace(/^profile\.contacts\[\d+\]\./, '');
      input.name = `profile.contacts[${i}].${field}`;
    });
    row.querySelector('button.danger').textContent = t('profile.contact.removeNumbered', { number: i + 1 });
  });
}

function body(form, state) {
  const rows = [...form.querySelectorAll('fieldset.contact')];
  // a prefecture brings its region; without one (abroad) the region stays as it was
  const region = value(form, 'profile.prefecture') ? null : state.region;
  return {
    version: state.version,
    profile: {
      nameJa: value(form, 'profile.nameJa'),
      nameEn: value(form, 'profile.nameEn'),
      nameReading: value(form, 'profile.nameReading'),
      legalForm: value(form, 'profile.legalForm'),
      prefecture: value(form, 'profile.prefecture'),
      region,
      postalCode: value(form, 'profile.postalCode'),
      addressJa: value(form, 'profile.addressJa'),
      addressEn: value(form, 'profile.addressEn'),
      website: value(form, 'profile.website'),
      fields: checkedValues(form, 'profile.fields'),
      services: checkedValues(form, 'profile.services'),
      profileJa: value(form, 'profile.profileJa'),
      profileEn: value(form, 'profile.profileEn'),
      contacts: rows.map((row, i) => ({
        name: value(form, `profile.contacts[${i}].name`),
        title: value(form, `profile.contacts[${i}].title`),
        email: value(form, `profile.contacts[${i}].email`),
        phone: value(form, `profile.contacts[${i}].phone`),
        primary: row.querySelector('input[type=checkbox]').checked,
      })),
    },
  };
}

async function save(event, alias, state, status, context) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  status.textContent = t('profile.form.saving');
  try {
    const saved = await send('PUT', `/api/organizations/${encodeURIComponent(alias)}/profile`, body(form, state));
    state.version = saved.version;
    state.region = saved.profile.region;
    replace(status, t('profile.form.saved'), ' ',
      h('a', { href: `/organizations/${encodeURIComponent(alias)}` }, t('organization.screen.page')));
  } catch (error) {
    status.textContent = '';
    if (!(error instanceof ApiError)) throw error;
    showErrors(form, error, { byStatus: { 409: t('profile.error.conflict') } });
    if (error.status === 409) {
      form.querySelector('.form-errors').append(h('p', {}, h('button', {
        type: 'button', class: 'link-button', onclick: () => context.navigate(location.href, { push: false }),
      }, t('profile.error.reload'))));
    }
  }
}
