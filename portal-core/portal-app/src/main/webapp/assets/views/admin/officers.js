import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t, pick, language } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { formatDate } from '../../core/format.js';
import { clearErrors, showErrors } from '../../core/forms.js';
import { field, announce, valueOf } from './membership-shared.js';

/** The network's offices, in the order of the network's rules: the chair first, the auditors last. */
const OFFICES = ['chair', 'steering-committee-chair', 'steering-committee-member', 'auditor'];
const PAGE = 200;

/**
 * The network's officers: who holds which office today (chair, steering-committee chair and members, auditors),
 * every term there has been, appointing someone for a term and ending a term. An office with a fixed number of
 * seats refuses a term that would take a seat already taken; the form says so.
 */
export async function render(main) {
  await requireRole('secretariat');
  await show(main, null);
}

async function show(main, notice) {
  const [holders, terms, organizations] = await Promise.all([get('/api/officers'), get('/api/officers/terms'),
    activeOrganizations()]);
  const redo = (message) => show(main, message);
  replace(main,
    h('h1', {}, t('adminMembership.officers.title')),
    h('p', { class: 'lead' }, t('adminMembership.officers.lead')),
    h('section', { 'aria-labelledby': 'current-heading' },
      h('h2', { id: 'current-heading' }, t('adminMembership.officers.current')),
      OFFICES.map((office) => {
        const holding = holders.filter((term) => term.office === office);
        return h('section', { 'aria-labelledby': `office-${office}`, class: 'membership-office' },
          h('h3', { id: `office-${office}` }, t(`adminMembership.office.${office}`)),
          holding.length === 0 ? h('p', { class: 'meta' }, t('adminMembership.officers.vacant'))
            : h('ul', { class: 'cards' }, holding.map((term) => currentTerm(term, redo))));
      })),
    h('section', { 'aria-labelledby': 'appoint-heading' },
      h('h2', { id: 'appoint-heading' }, t('adminMembership.officers.appoint')),
      appointForm(organizations, redo)),
    h('section', { 'aria-labelledby': 'terms-heading' },
      h('h2', { id: 'terms-heading' }, t('adminMembership.officers.history')),
      terms.length === 0 ? h('p', {}, t('adminMembership.officers.noTerms')) : h('table', { class: 'membership-table' },
        h('caption', { class: 'visually-hidden' }, t('adminMembership.officers.history')),
        h('thead', {}, h('tr', {}, ['office', 'person', 'organization', 'start', 'end']
          .map((key) => h('th', { scope: 'col' }, t(`adminMembership.officers.${key}`))))),
        h('tbody', {}, terms.map((term) => h('tr', { 'data-term': String(term.id) },
          h('td', {}, pick(term.officeLabel)),
          h('th', { scope: 'row' }, term.personName),
          h('td', {}, organizationName(term)),
          h('td', {}, formatDate(term.start)),
          h('td', {}, term.end ? formatDate(term.end) : t('adminMembership.officers.open'))))))));
  announce(main, notice);
}

/** Active organizations (people are appointed from them), by alias, every page. */
async function activeOrganizations() {
  const all = [];
  for (let page = 0; page < 20; page += 1) {
    const result = await get(`/api/organizations?status=active&size=${PAGE}&page=${page}`);
    all.push(...result.items);
    if (all.length >= result.total || result.items.length < PAGE) break;
  }
  const collator = new Intl.Collator(language());
  const label = (o) => (language() === 'ja' ? o.profile.nameJa : o.profile.nameEn || o.profile.nameJa);
  return all.map((o) => ({ id: o.id, label: label(o) })).sort((a, b) => collator.compare(a.label, b.label));
}

function organizationName(term) {
  const name = language() === 'ja' ? term.organizationNameJa : term.organizationNameEn || term.organizationNameJa;
  return name || term.organizationId;
}

/** A term being served, with a form to end it on a given day. */
function currentTerm(term, redo) {
  const id = `end-${term.id}`;
  const form = h('form', {
    class: 'inline-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const end = valueOf(form, 'end');
      if (!end) {
        showErrors(form, { status: 400, errors: { end: t('adminMembership.required') } });
        return;
      }
      try {
        await send('PUT', `/api/officers/terms/${term.id}/end`, { end, version: term.version });
        await redo(t('adminMembership.officers.ended', { person: term.personName, date: formatDate(end) }));
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  h('label', { for: id }, t('adminMembership.officers.lastDay', { person: term.personName })),
  h('input', { id, name: 'end', type: 'date', min: term.start, value: term.end ?? '', required: true }),
  h('button', { type: 'submit', class: 'button' }, t('adminMembership.officers.endButton')));
  return h('li', { class: 'card', 'data-term': String(term.id) },
    h('h4', { class: 'card-title' }, term.personName),
    h('p', {}, organizationName(term)),
    h('p', { class: 'meta' }, term.end
      ? t('adminMembership.officers.termUntil', { start: formatDate(term.start), end: formatDate(term.end) })
      : t('adminMembership.officers.termSince', { start: formatDate(term.start) })),
    form);
}

function appointForm(organizations, redo) {
  const form = h('form', {
    class: 'stack', id: 'appoint-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const input = {
        office: valueOf(form, 'office'),
        personName: valueOf(form, 'personName'),
        organizationId: valueOf(form, 'organizationId'),
        start: valueOf(form, 'start'),
        end: valueOf(form, 'end'),
      };
      try {
        const term = await send('POST', '/api/officers/terms', input);
        await redo(t('adminMembership.officers.appointed', { person: term.personName, office: pick(term.officeLabel) }));
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  field('appoint-office', t('adminMembership.officers.office'), h('select', { id: 'appoint-office', name: 'office' },
    OFFICES.map((office) => h('option', { value: office }, t(`adminMembership.office.${office}`))))),
  field('appoint-person', t('adminMembership.officers.person'),
    h('input', { id: 'appoint-person', name: 'personName', type: 'text', required: true, autocomplete: 'off' }),
    t('adminMembership.officers.personHint')),
  field('appoint-organization', t('adminMembership.officers.organization'),
    h('select', { id: 'appoint-organization', name: 'organizationId', required: true },
      h('option', { value: '' }, t('adminMembership.officers.chooseOrganization')),
      organizations.map((o) => h('option', { value: o.id }, o.label)))),
  field('appoint-start', t('adminMembership.officers.start'),
    h('input', { id: 'appoint-start', name: 'start', type: 'date', required: true })),
  field('appoint-end', t('adminMembership.officers.endOptional'),
    h('input', { id: 'appoint-end', name: 'end', type: 'date' }), t('adminMembership.officers.endHint')),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('adminMembership.officers.appointButton'))));
  return form;
}
