import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { requireUser, hasRole, organizationName } from '../../core/session.js';

/** What member administrators manage for their organization; staff see where their organization's page is. */
const SCREENS = [
  { path: '/organization/profile', key: 'profile', roles: ['member-admin'] },
  { path: '/organization/people', key: 'people', roles: ['member-admin'] },
  { path: '/organization/identity-provider', key: 'identityProvider', roles: ['member-admin'] },
  { path: '/organization/invoices', key: 'invoices', roles: ['member-admin'] },
];

/** The caller's organization: its public page, and the screens its administrators manage it with. */
export async function render(main) {
  const user = await requireUser();
  const screens = SCREENS.filter((s) => hasRole(user, ...s.roles));
  replace(main,
    h('h1', {}, t('organization.title')),
    h('p', { class: 'lead' }, t('organization.lead', { organization: organizationName(user) })),
    h('ul', { class: 'cards' },
      h('li', { class: 'card' },
        h('h2', { class: 'card-title' }, h('a', { href: `/organizations/${encodeURIComponent(user.organization)}` },
          t('organization.screen.page'))),
        h('p', {}, t('organization.screen.page.about'))),
      screens.map((s) => h('li', { class: 'card' },
        h('h2', { class: 'card-title' }, h('a', { href: s.path }, t(`organization.screen.${s.key}`))),
        h('p', {}, t(`organization.screen.${s.key}.about`))))),
    screens.length === 0 ? h('p', { class: 'meta' }, t('organization.adminOnly')) : null);
}
