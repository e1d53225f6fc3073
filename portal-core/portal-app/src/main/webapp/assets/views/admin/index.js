import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { requireRole } from '../../core/session.js';

/** The secretariat's screens, by task: the membership lifecycle, money, records and the platform. */
const SECTIONS = [
  { key: 'membership', screens: ['applications', 'organizations', 'officers'] },
  { key: 'money', screens: ['dues'] },
  { key: 'records', screens: ['registry', 'audit'] },
  { key: 'platform', screens: ['identity-providers', 'plugins'] },
];

/** The secretariat's start page: every screen of the secretariat with what it is for (for the secretariat only). */
export async function render(main) {
  await requireRole('secretariat');
  replace(main,
    h('h1', {}, t('admin.title')),
    h('p', { class: 'lead' }, t('admin.lead')),
    SECTIONS.map((section) => h('section', { 'aria-labelledby': `admin-${section.key}` },
      h('h2', { id: `admin-${section.key}` }, t(`admin.section.${section.key}`)),
      h('ul', { class: 'cards' }, section.screens.map((screen) => h('li', { class: 'card' },
        h('h3', {}, h('a', { href: `/admin/${screen}` }, t(`admin.screen.${screen}`))),
        h('p', {}, t(`admin.screen.${screen}.about`))))))));
}
