import { h, replace } from '../../core/dom.js';
import { t, pick, language } from '../../core/i18n.js';
import { get, ApiError } from '../../core/api.js';
import { reference } from '../../core/reference.js';
import { caller, hasRole } from '../../core/session.js';
import { pluginSections } from '../../components/plugin-sections.js';

/**
 * An organization's profile as logged-in users see it: its names, what and where it is, what it does, its own
 * introduction in the reader's language, its contacts when the API shows them (to its own people and the
 * secretariat), the network's offices its people hold now, and what the active plugins have for it (e.g. its
 * events).
 */
export async function render(main, { params }) {
  const id = params.id;
  let organization;
  try {
    organization = await get(`/api/organizations/${encodeURIComponent(id)}`);
  } catch (error) {
    // unknown, or not active and not the reader's own: no such page for them
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    (await import('../not-found.js')).render(main);
    return;
  }
  const [lists, user, extensions] = await Promise.all([reference(), caller(),
    pluginSections('organization-profile', { organization: id })]);
  const officers = await get('/api/officers').then((terms) => terms.filter((term) => term.organizationId === id))
    .catch(() => []);
  const p = organization.profile;
  const ja = language() === 'ja';
  const name = (ja ? p.nameJa : p.nameEn) || p.nameJa;
  const other = ja ? p.nameEn : p.nameJa;
  const labelOf = (list, code) => {
    const item = lists[list].find((x) => x.code === code);
    return item ? pick(item) : code;
  };
  const prefecture = p.prefecture ? labelOf('prefectures', p.prefecture) : null;
  const region = p.region ? labelOf('regions', p.region) : null;
  const address = (ja ? p.addressJa : p.addressEn) || p.addressJa || p.addressEn;
  const text = ja ? (p.profileJa || p.profileEn) : (p.profileEn || p.profileJa);
  const textLang = text === p.profileJa ? 'ja' : 'en';
  const canEdit = hasRole(user, 'member-admin') && user.organization === id;

  replace(main,
    h('h1', { lang: !ja && !p.nameEn ? 'ja' : null }, name),
    other ? h('p', { class: 'lead', lang: ja ? 'en' : 'ja' }, other) : null,
    p.nameReading && ja ? h('p', { class: 'meta' }, p.nameReading) : null,
    canEdit ? h('p', {}, h('a', { href: '/organization/profile', class: 'button' }, t('profile.edit'))) : null,
    h('section', { 'aria-labelledby': 'profile-about-heading' },
      h('h2', { id: 'profile-about-heading' }, t('profile.about')),
      text ? h('p', { class: 'pre-line profile-text', lang: textLang === language() ? null : textLang }, text)
        : h('p', { class: 'meta' }, t('profile.noText')),
      text && textLang !== language() ? h('p', { class: 'meta' }, t('profile.otherLanguage')) : null),
    h('section', { 'aria-labelledby': 'profile-facts-heading' },
      h('h2', { id: 'profile-facts-heading' }, t('profile.facts')),
      h('dl', { class: 'facts' },
        fact(t('profile.kind'), labelOf('kinds', organization.kind)),
        organization.membershipClass ? fact(t('profile.class'), labelOf('membershipClasses', organization.membershipClass)) : null,
        organization.memberNumber ? fact(t('profile.memberNumber'), String(organization.memberNumber)) : null,
        p.legalForm ? fact(t('profile.legalForm'), labelOf('legalForms', p.legalForm)) : null,
        prefecture || region ? fact(t('profile.place'), [prefecture, region].filter(Boolean).join(' · ')) : null,
        address || p.postalCode ? fact(t('profile.address'), [p.postalCode ? `〒${p.postalCode}` : null, address].filter(Boolean).join(' ')) : null,
        p.website ? fact(t('profile.website'), h('a', { href: p.website, rel: 'noopener noreferrer', target: '_blank' },
          p.website, h('span', { class: 'visually-hidden' }, ` ${t('profile.newWindow')}`))) : null)),
    h('section', { 'aria-labelledby': 'profile-activities-heading' },
      h('h2', { id: 'profile-activities-heading' }, t('profile.activities')),
      h('h3', {}, t('profile.fields')),
      list(p.fields.map((code) => labelOf('fields', code))),
      h('h3', {}, t('profile.services')),
      list(p.services.map((code) => labelOf('services', code)))),
    officers.length ? h('section', { 'aria-labelledby': 'profile-officers-heading' },
      h('h2', { id: 'profile-officers-heading' }, t('profile.officers')),
      h('ul', { class: 'plain-list' }, officers.map((term) => h('li', {}, `${pick(term.officeLabel)}: ${term.personName}`)))) : null,
    p.contacts ? contacts(p.contacts) : null,
    extensions.length ? h('div', { id: 'profile-extensions' }, extensions) : null);
}

function fact(term, description) {
  return [h('dt', {}, term), h('dd', {}, description)];
}

function list(items) {
  return items.length ? h('ul', { class: 'tags' }, items.map((item) => h('li', {}, item)))
    : h('p', { class: 'meta' }, t('profile.none'));
}

/** Contacts: only the organization's own people and the secretariat get them from the API. */
function contacts(people) {
  return h('section', { 'aria-labelledby': 'profile-contacts-heading' },
    h('h2', { id: 'profile-contacts-heading' }, t('profile.contacts')),
    h('p', { class: 'meta' }, t('profile.contacts.private')),
    people.length === 0 ? h('p', { class: 'meta' }, t('profile.none')) : h('table', {},
      h('caption', { class: 'visually-hidden' }, t('profile.contacts')),
      h('thead', {}, h('tr', {}, ['profile.contact.name', 'profile.contact.title', 'profile.contact.email',
        'profile.contact.phone'].map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, people.map((c) => h('tr', {},
        h('th', { scope: 'row' }, c.name, c.primary ? h('span', { class: 'meta' }, ` (${t('profile.contact.primary')})`) : null),
        h('td', {}, c.title ?? ''),
        h('td', {}, h('a', { href: `mailto:${c.email}` }, c.email)),
        h('td', {}, c.phone ?? ''))))));
}
