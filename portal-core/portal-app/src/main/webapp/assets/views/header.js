import { h, replace } from '../core/dom.js';
import { t, language, chooseLanguage, pick } from '../core/i18n.js';
import { get } from '../core/api.js';
import { logIn, logOut, hasRole, organizationName, chooseOrganization } from '../core/session.js';

let nav;

/**
 * The site's header: name, the menu (the portal's own screens and those the active plugins contribute for this
 * user), the language switch, and who is logged in with their organization, or a login button.
 */
export async function renderHeader(header, user) {
  const entries = [{ href: '/', label: t('nav.home') }, { href: '/about', label: t('nav.about') },
    { href: '/members', label: t('nav.members') }];
  if (!user) entries.push({ href: '/apply', label: t('nav.apply') });
  if (user) entries.push({ href: '/directory', label: t('nav.directory') });
  if (user?.organization && hasRole(user, 'member-admin', 'member-staff', 'coordinator')) {
    entries.push({ href: '/organization', label: t('nav.organization') });
  }
  if (hasRole(user, 'secretariat')) entries.push({ href: '/admin', label: t('nav.admin') });
  // visitors get the plugins' entries marked for anyone
  const pluginEntries = await get('/api/navigation');
  for (const entry of pluginEntries) {
    entries.push({ href: screenAddress(entry), label: pick({ ja: entry.labelJa, en: entry.labelEn }) });
  }
  nav = h('nav', { class: 'site-nav', 'aria-label': t('nav.label') },
    h('ul', {}, entries.map((e) => h('li', {}, h('a', { href: e.href }, e.label)))));
  const other = language() === 'ja' ? 'en' : 'ja';
  replace(header,
    h('div', { class: 'brand' },
      h('a', { href: '/', class: 'brand-link' },
        h('img', { src: new URL('../img/logo.svg', import.meta.url).pathname, alt: '', width: 32, height: 32 }),
        h('span', {}, t('site.name')))),
    nav,
    h('div', { class: 'account' },
      h('button', {
        type: 'button', class: 'link-button', lang: other, onclick: () => chooseLanguage(other),
        'aria-label': t('language.switchTo', { language: t(`language.${other}`) }),
      }, other === 'en' ? 'English' : '日本語'),
      user ? accountMenu(user) : h('button', { type: 'button', class: 'button', onclick: () => logIn() }, t('account.login'))));
}

function accountMenu(user) {
  return h('div', { class: 'who' },
    h('span', { class: 'who-name' }, user.displayName || user.username),
    user.organizations.length > 1 ? organizationSwitch(user)
      : user.organization ? h('span', { class: 'who-org' }, organizationName(user)) : null,
    h('button', { type: 'button', class: 'link-button logout', onclick: () => logOut() }, t('account.logout')));
}

/** For people who work for several members: the organization they act for, and a switch to another. */
function organizationSwitch(user) {
  const select = h('select', { id: 'acting-organization', name: 'organization' },
    user.organizations.map((o) => h('option', { value: o.id, selected: o.id === user.organization },
      pick({ ja: o.nameJa, en: o.nameEn }))));
  return h('form', {
    class: 'inline-form who-switch',
    onsubmit: (event) => { event.preventDefault(); chooseOrganization(select.value); },
  },
  h('label', { for: 'acting-organization' }, t('account.actingFor')),
  select,
  h('button', { type: 'submit', class: 'link-button' }, t('account.switch')));
}

/**
 * A plugin's entry opens inside the portal when it names a screen module (`….js`), else the page it names.
 */
function screenAddress(entry) {
  return entry.href.endsWith('.js') ? `/p/${entry.plugin}/${entry.key}` : entry.href;
}

/**
 * Marks the menu entry of the current screen for assistive technology and for the eye: the entry of the address
 * itself (`page`), else the entry of the section it belongs to (`true`, e.g. "Secretariat" on /admin/dues).
 */
export function markCurrent(path) {
  if (!nav) return;
  const links = [...nav.querySelectorAll('a')];
  const pathOf = (link) => new URL(link.getAttribute('href'), location.href).pathname;
  const section = links.filter((l) => pathOf(l) !== '/' && path.startsWith(`${pathOf(l)}/`))
    .sort((a, b) => pathOf(b).length - pathOf(a).length)[0];
  for (const link of links) {
    if (pathOf(link) === path) link.setAttribute('aria-current', 'page');
    else if (link === section) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}
