import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { reference } from '../../core/reference.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import { clearErrors, showErrors } from '../../core/forms.js';
import {
  statusBadge, labelOf, field, selectOf, announce, valueOf, fact, transitions,
  changeList, actionLabel,
} from './membership-shared.js';

/** The status changes the secretariat makes here, by current status; applications are decided elsewhere. */
const NEXT = { active: ['suspended', 'withdrawn'], suspended: ['active', 'withdrawn'] };
const PENDING = ['applied', 'under-review', 'information-requested'];
/** Audit entries the lifecycle table shows already. */
const LIFECYCLE_ACTIONS = ['organization.status-changed', 'organization.registered'];

/**
 * One organization's record for the secretariat: edit all of it (classification, e-mail domains, profile,
 * contacts; the edit carries the version read, so a record changed meanwhile is not overwritten), change its
 * status (only the steps its status allows, with a reason) and its history: the lifecycle and every change to the
 * record, from what to what.
 */
export async function render(main, { params }) {
  await requireRole('secretariat');
  await show(main, params.id, null);
}

async function show(main, id, notice) {
  const path = `/api/organizations/${encodeURIComponent(id)}`;
  const [lists, organization, history, audit] = await Promise.all([reference(), get(path), get(`${path}/history`),
    get(`/api/audit?${new URLSearchParams({ targetType: 'organization', targetId: id, size: '200' })}`)]);
  const p = organization.profile;
  const redo = (message) => show(main, id, message);
  replace(main,
    h('h1', {}, language() === 'ja' ? p.nameJa : p.nameEn || p.nameJa),
    h('p', { class: 'meta' }, h('a', { href: '/admin/organizations' }, t('adminMembership.organization.back'))),
    h('dl', { class: 'membership-facts' },
      fact(t('adminMembership.field.id'), organization.id),
      fact(t('adminMembership.status'), statusBadge(lists.statuses, organization.status)),
      fact(t('adminMembership.organization.created'), formatDate(organization.createdAt)),
      fact(t('adminMembership.organization.updated'), formatDateTime(organization.updatedAt))),
    statusSection(organization, lists, path, redo),
    recordSection(organization, lists, path, redo, () => show(main, id, t('adminMembership.organization.reloaded'))),
    h('section', { 'aria-labelledby': 'history-heading' },
      h('h2', { id: 'history-heading' }, t('adminMembership.history.title')),
      h('h3', { id: 'transitions-heading' }, t('adminMembership.history.transitions')),
      transitions(history, lists.statuses),
      h('h3', { id: 'changes-heading' }, t('adminMembership.history.changes')),
      changes(audit.filter((e) => !LIFECYCLE_ACTIONS.includes(e.action)))));
  announce(main, notice);
}

function statusSection(organization, lists, path, redo) {
  const next = NEXT[organization.status] ?? [];
  let body;
  if (PENDING.includes(organization.status)) {
    body = h('p', {}, t('adminMembership.organization.pending'), ' ',
      h('a', { href: '/admin/applications' }, t('adminMembership.applications.title')));
  } else if (next.length === 0) {
    body = h('p', {}, t('adminMembership.organization.final', { status: labelOf(lists.statuses, organization.status) }));
  } else {
    const form = h('form', {
      class: 'stack', id: 'status-form', novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        clearErrors(form);
        const status = form.querySelector('input[name=status]:checked')?.value;
        const reason = valueOf(form, 'reason');
        if (!status || !reason) {
          showErrors(form, {
            status: 400,
            errors: { ...(status ? {} : { status: t('adminMembership.required') }),
              ...(reason ? {} : { reason: t('adminMembership.required') }) },
          });
          return;
        }
        try {
          await send('PUT', `${path}/status`, { status, reason });
          await redo(t('adminMembership.organization.statusChanged', { status: labelOf(lists.statuses, status) }));
        } catch (error) {
          showErrors(form, error);
        }
      },
    },
    h('fieldset', { class: 'membership-choices' },
      h('legend', {}, t('adminMembership.organization.newStatus')),
      next.map((code) => h('div', { class: 'membership-choice' },
        h('input', { type: 'radio', id: `status-${code}`, name: 'status', value: code }),
        h('label', { for: `status-${code}` }, t(`adminMembership.organization.to.${code}`))))),
    h('label', { for: 'status-reason' }, t('adminMembership.organization.reason')),
    h('textarea', { id: 'status-reason', name: 'reason', rows: 3, maxlength: 2000, required: true }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('adminMembership.organization.changeStatus'))));
    body = form;
  }
  return h('section', { 'aria-labelledby': 'status-heading' },
    h('h2', { id: 'status-heading' }, t('adminMembership.organization.statusTitle')),
    h('p', {}, t('adminMembership.organization.current'), ' ', statusBadge(lists.statuses, organization.status)),
    body);
}

function recordSection(organization, lists, path, redo, reload) {
  const p = organization.profile;
  const text = (name, id, label, value, attributes = {}) => field(id, label,
    h('input', { id, name, type: 'text', value: value ?? '', ...attributes }));
  const area = (name, id, label, value, lang) => field(id, label,
    h('textarea', { id, name, rows: 5, lang, value: value ?? '' }));
  const checks = (name, legend, items, chosen) => h('fieldset', { class: 'membership-checks' },
    h('legend', {}, legend),
    h('div', { class: 'membership-check-list' }, items.map((item) => h('div', { class: 'membership-choice' },
      h('input', {
        type: 'checkbox', id: `${name}-${item.code}`, name, value: item.code,
        checked: (chosen ?? []).includes(item.code),
      }),
      h('label', { for: `${name}-${item.code}` }, labelOf(items, item.code))))));

  const contacts = h('div', { class: 'membership-contacts-edit' });
  const drawContacts = (list, focus = null) => {
    replace(contacts, list.map((c, i) => contactFieldset(c, i, () => {
      const current = readContacts(contacts);
      current.splice(i, 1);
      drawContacts(current, 'add');
    })));
    if (focus === 'add') contacts.parentElement?.querySelector('.membership-add-contact')?.focus();
    if (typeof focus === 'number') contacts.querySelector(`#contact-${focus}-name`)?.focus();
  };
  drawContacts(p.contacts ?? []);

  const form = h('form', {
    class: 'membership-record', id: 'record-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        await send('PUT', path, body(form, organization.version, contacts));
        await redo(t('adminMembership.organization.saved'));
      } catch (error) {
        button.disabled = false;
        if (error.status === 409 && error.errors?.version) {
          showErrors(form, error, { summary: t('adminMembership.organization.stale') });
          form.querySelector('.form-errors').append(h('p', {}, h('button', {
            type: 'button', class: 'button', onclick: reload,
          }, t('adminMembership.organization.reload'))));
          form.querySelector('.form-errors button').focus();
        } else {
          showErrors(form, error);
        }
      }
    },
  },
  h('input', { type: 'hidden', name: 'version', value: String(organization.version) }),
  h('fieldset', {},
    h('legend', {}, t('adminMembership.organization.classification')),
    h('div', { class: 'membership-grid' },
      field('record-kind', t('adminMembership.field.kind'),
        selectOf('record-kind', 'kind', lists.kinds, organization.kind)),
      field('record-class', t('adminMembership.field.membershipClass'),
        selectOf('record-class', 'membershipClass', lists.membershipClasses, organization.membershipClass ?? '',
          t('adminMembership.organization.noClass'))),
      text('memberNumber', 'record-member-number', t('adminMembership.field.memberNumber'),
        organization.memberNumber ?? '', { inputmode: 'numeric', autocomplete: 'off' })),
    field('record-domains', t('adminMembership.field.domains'),
      h('textarea', { id: 'record-domains', name: 'domains', rows: 2, value: (organization.domains ?? []).join('\n') }),
      t('adminMembership.organization.domainsHint'))),
  h('fieldset', {},
    h('legend', {}, t('adminMembership.organization.names')),
    text('profile.nameJa', 'record-name-ja', t('adminMembership.field.nameJa'), p.nameJa, { lang: 'ja', required: true }),
    text('profile.nameEn', 'record-name-en', t('adminMembership.field.nameEn'), p.nameEn, { lang: 'en', required: true }),
    h('div', { class: 'membership-grid' },
      text('profile.nameReading', 'record-name-reading', t('adminMembership.field.nameReading'), p.nameReading,
        { lang: 'ja' }),
      field('record-legal-form', t('adminMembership.field.legalForm'),
        selectOf('record-legal-form', 'profile.legalForm', lists.legalForms, p.legalForm ?? '',
          t('adminMembership.none'))))),
  h('fieldset', {},
    h('legend', {}, t('adminMembership.organization.place')),
    h('div', { class: 'membership-grid' },
      field('record-prefecture', t('adminMembership.field.prefecture'),
        withChange(selectOf('record-prefecture', 'profile.prefecture', lists.prefectures, p.prefecture ?? '',
          t('adminMembership.none')), (event) => {
          // the region follows the prefecture unless chosen again
          event.target.form.elements.namedItem('profile.region').value = '';
        })),
      field('record-region', t('adminMembership.field.region'),
        selectOf('record-region', 'profile.region', lists.regions, p.region ?? '',
          t('adminMembership.organization.regionOfPrefecture'))),
      text('profile.postalCode', 'record-postal-code', t('adminMembership.field.postalCode'), p.postalCode,
        { autocomplete: 'off' })),
    text('profile.addressJa', 'record-address-ja', t('adminMembership.field.addressJa'), p.addressJa, { lang: 'ja' }),
    text('profile.addressEn', 'record-address-en', t('adminMembership.field.addressEn'), p.addressEn, { lang: 'en' }),
    field('record-website', t('adminMembership.field.website'),
      h('input', { id: 'record-website', name: 'profile.website', type: 'url', value: p.website ?? '' }))),
  checks('profile.fields', t('adminMembership.field.fields'), lists.fields, p.fields),
  checks('profile.services', t('adminMembership.field.services'), lists.services, p.services),
  h('fieldset', {},
    h('legend', {}, t('adminMembership.organization.texts')),
    area('profile.profileJa', 'record-profile-ja', t('adminMembership.field.profileJa'), p.profileJa, 'ja'),
    area('profile.profileEn', 'record-profile-en', t('adminMembership.field.profileEn'), p.profileEn, 'en')),
  h('fieldset', {},
    h('legend', {}, t('adminMembership.field.contacts')),
    contacts,
    h('p', {}, h('button', {
      type: 'button', class: 'link-button membership-add-contact',
      onclick: () => {
        const current = readContacts(contacts);
        current.push({});
        drawContacts(current, current.length - 1);
      },
    }, t('adminMembership.organization.addContact')))),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('adminMembership.organization.save'))));

  return h('section', { 'aria-labelledby': 'record-heading' },
    h('h2', { id: 'record-heading' }, t('adminMembership.organization.record')),
    h('p', { class: 'meta' }, t('adminMembership.organization.recordHint')),
    form);
}

function withChange(control, listener) {
  control.addEventListener('change', listener);
  return control;
}

function contactFieldset(contact, i, remove) {
  const id = (name) => `contact-${i}-${name}`;
  const name = (key) => `profile.contacts[${i}].${key}`;
  const input = (key, type, label, attributes = {}) => field(id(key), label,
    h('input', { id: id(key), name: name(key), type, value: contact[key] ?? '', ...attributes }));
  return h('fieldset', { class: 'card membership-contact', 'data-contact': String(i) },
    h('legend', {}, t('adminMembership.organization.contact', { number: i + 1 })),
    h('div', { class: 'membership-grid' },
      input('name', 'text', t('adminMembership.field.personName'), { required: true }),
      input('title', 'text', t('adminMembership.field.title')),
      input('email', 'email', t('adminMembership.field.email'), { required: true }),
      input('phone', 'tel', t('adminMembership.field.phone'))),
    h('div', { class: 'membership-choice' },
      h('input', { type: 'checkbox', id: id('primary'), name: name('primary'), checked: !!contact.primary }),
      h('label', { for: id('primary') }, t('adminMembership.field.primary'))),
    h('p', {}, h('button', { type: 'button', class: 'link-button danger', onclick: remove },
      t('adminMembership.organization.removeContact', { number: i + 1 }))));
}

function readContacts(container) {
  return [...container.querySelectorAll('.membership-contact')].map((set) => {
    const value = (key) => set.querySelector(`[name$="].${key}"]`);
    return {
      name: value('name').value, title: value('title').value, email: value('email').value,
      phone: value('phone').value, primary: value('primary').checked,
    };
  });
}

/** The request body of PUT /api/organizations/{id}: the whole record as the form holds it. */
function body(form, version, contacts) {
  const values = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  const v = (name) => valueOf(form, name);
  const number = v('memberNumber');
  return {
    version,
    kind: v('kind'),
    membershipClass: v('membershipClass'),
    memberNumber: number === null ? null : Number(number),
    domains: (form.elements.namedItem('domains').value ?? '').split(/[\s,、]+/).map((d) => d.trim()).filter(Boolean),
    profile: {
      nameJa: v('profile.nameJa'),
      nameEn: v('profile.nameEn'),
      nameReading: v('profile.nameReading'),
      legalForm: v('profile.legalForm'),
      prefecture: v('profile.prefecture'),
      region: v('profile.region'),
      postalCode: v('profile.postalCode'),
      addressJa: v('profile.addressJa'),
      addressEn: v('profile.addressEn'),
      website: v('profile.website'),
      fields: values('profile.fields'),
      services: values('profile.services'),
      profileJa: v('profile.profileJa'),
      profileEn: v('profile.profileEn'),
      contacts: readContacts(contacts).map((c) => ({
        name: c.name.trim() || null, title: c.title.trim() || null, email: c.email.trim() || null,
        phone: c.phone.trim() || null, primary: c.primary,
      })),
    },
  };
}

/** Changes to the record from the audit trail, newest first: who changed which field from what to what. */
function changes(entries) {
  if (entries.length === 0) return h('p', {}, t('adminMembership.history.noChanges'));
  return h('table', { class: 'membership-table membership-changes' },
    h('caption', { class: 'visually-hidden' }, t('adminMembership.history.changes')),
    h('thead', {}, h('tr', {}, ['when', 'who', 'what']
      .map((key) => h('th', { scope: 'col' }, t(`adminMembership.history.${key}`))))),
    h('tbody', {}, entries.map((entry) => h('tr', { 'data-action': entry.action },
      h('td', {}, formatDate(entry.occurredAt), h('span', { class: 'meta membership-other-name' },
        formatDateTime(entry.occurredAt))),
      h('td', {}, entry.actorName),
      h('td', {}, h('p', { class: 'meta' }, actionLabel(entry.action)), changeList(entry.changes))))));
}
