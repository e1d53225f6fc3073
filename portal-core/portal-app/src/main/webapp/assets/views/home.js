import { h, replace } from '../core/dom.js';
import { t, pick } from '../core/i18n.js';
import { get } from '../core/api.js';
import { caller, logIn, hasRole, organizationName } from '../core/session.js';
import { formatDate, formatDateTime } from '../core/format.js';
import { formatYen, recipientName } from '../core/money.js';
import { actionLabel } from './admin/membership-shared.js';
import { pluginSections } from '../components/plugin-sections.js';

/**
 * The home page. Visitors: what the network is. Logged-in users: what is new for them (notifications, which the
 * core and the plugins send: events, inquiries assigned, announcements), and by role: the secretariat sees pending
 * applications, overdue dues and recent changes; member administrators see what their organization still owes; and
 * the plugins' panels (`PageSection.HOME`: the events meant for them, their inquiries...).
 */
export async function render(main) {
  const user = await caller();
  if (!user) {
    renderVisitor(main);
    return;
  }
  const panels = [notifications(), ...rolePanels(user)];
  const [sections, pluginPanels] = await Promise.all([Promise.all(panels),
    pluginSections('home', {}, { className: 'panel plugin-section' })]);
  replace(main,
    h('h1', {}, t('home.title', { name: user.displayName || user.username })),
    user.organization ? h('p', { class: 'lead' }, t('home.actingFor', { organization: organizationName(user) })) : null,
    h('div', { class: 'dashboard' }, sections, pluginPanels),
    h('nav', { 'aria-labelledby': 'shortcuts-heading', class: 'shortcuts' },
      h('h2', { id: 'shortcuts-heading' }, t('home.shortcuts')),
      h('ul', {}, shortcuts(user).map((s) => h('li', {}, h('a', { href: s.href }, t(s.key)))))));
}

function renderVisitor(main) {
  replace(main,
    h('h1', {}, t('home.visitor.title')),
    h('p', { class: 'lead' }, t('home.visitor.lead')),
    h('p', { class: 'actions' },
      h('button', { type: 'button', class: 'button', onclick: () => logIn('/') }, t('account.login')),
      h('a', { href: '/apply', class: 'button secondary' }, t('nav.apply'))),
    h('ul', { class: 'cards' },
      h('li', { class: 'card' }, h('h2', { class: 'card-title' }, h('a', { href: '/about' }, t('home.visitor.more'))),
        h('p', {}, t('home.visitor.about'))),
      h('li', { class: 'card' }, h('h2', { class: 'card-title' }, h('a', { href: '/members' }, t('nav.members'))),
        h('p', {}, t('home.visitor.members')))));
}

function rolePanels(user) {
  if (hasRole(user, 'secretariat')) return [pendingApplications(), overdueInvoices(), recentChanges()];
  if (hasRole(user, 'member-admin') && user.organization) return [openInvoices(user)];
  return [];
}

function shortcuts(user) {
  const list = [{ href: '/directory', key: 'nav.directory' }];
  if (user.organization && hasRole(user, 'member-admin', 'member-staff', 'coordinator')) {
    list.push({ href: '/organization', key: 'nav.organization' });
  }
  if (hasRole(user, 'secretariat')) list.push({ href: '/admin', key: 'nav.admin' });
  list.push({ href: '/about', key: 'nav.about' });
  return list;
}

/**
 * A dashboard panel: a heading (with the number of items, unless `counted` is false), the first five items (or a
 * line saying there is nothing) and a link to the whole list.
 */
function panel(id, title, items, { more, empty, counted = true }) {
  return h('section', { class: 'panel', 'aria-labelledby': id, 'data-panel': id },
    h('h2', { id }, title, counted ? [' ', h('span', { class: 'count' }, t('home.count', { count: items.length }))] : null),
    items.length === 0 ? h('p', {}, t(empty)) : h('ul', { class: 'panel-list' }, items.slice(0, 5)),
    more && items.length > 0 ? h('p', {}, h('a', { href: more.href }, t(more.key))) : null);
}

async function notifications() {
  const list = await get('/api/me/notifications');
  return panel('notifications', t('home.notifications'), list.map((n) => h('li', {},
    h('p', { class: 'panel-item' }, n.link ? h('a', { href: n.link }, n.subject) : n.subject),
    n.body ? h('p', {}, n.body) : null,
    h('p', { class: 'meta' }, formatDateTime(n.createdAt)))), { empty: 'home.notifications.none' });
}

async function pendingApplications() {
  const page = await get('/api/applications?size=50');
  return panel('pending-applications', t('home.applications'), page.items.map((a) => h('li', {},
    h('p', { class: 'panel-item' }, h('a', { href: `/admin/applications/${encodeURIComponent(a.reference)}` },
      pick({ ja: a.organization.profile.nameJa, en: a.organization.profile.nameEn }))),
    h('p', { class: 'meta' }, `${pick(a.statusLabel)} · ${formatDate(a.submittedAt)} · ${a.reference}`))),
  { empty: 'home.applications.none', more: { href: '/admin/applications', key: 'home.applications.all' } });
}

async function overdueInvoices() {
  const invoices = await get('/api/dues/invoices/overdue');
  return panel('overdue-invoices', t('home.overdue'), invoices.map((i) => h('li', {},
    h('p', { class: 'panel-item' }, h('a', { href: `/admin/dues/invoices/${encodeURIComponent(i.number)}` },
      recipientName(i))),
    h('p', { class: 'meta' }, t('home.overdue.item', {
      balance: formatYen(i.balance), due: formatDate(i.dueDate), number: i.number,
    })))), { empty: 'home.overdue.none', more: { href: '/admin/dues', key: 'home.overdue.all' } });
}

async function recentChanges() {
  const entries = await get('/api/audit?size=5');
  return panel('recent-changes', t('home.activity'), entries.map((e) => h('li', {},
    h('p', { class: 'panel-item' }, actionLabel(e.action)),
    h('p', { class: 'meta' }, `${e.actorName} · ${e.targetId} · ${formatDateTime(e.occurredAt)}`))),
  { empty: 'home.activity.none', more: { href: '/admin/audit', key: 'home.activity.all' }, counted: false });
}

async function openInvoices(user) {
  const invoices = (await get(`/api/dues/invoices?organizationId=${encodeURIComponent(user.organization)}`))
    .filter((i) => i.balance > 0 && i.status !== 'voided');
  return panel('open-invoices', t('home.invoices'), invoices.map((i) => h('li', {},
    h('p', { class: 'panel-item' }, t('home.invoices.item', { number: i.number, balance: formatYen(i.balance) })),
    h('p', { class: i.overdue ? 'meta danger' : 'meta' }, t(i.overdue ? 'home.invoices.overdue' : 'home.invoices.due',
      { due: formatDate(i.dueDate) })))),
  { empty: 'home.invoices.none', more: { href: '/organization/invoices', key: 'home.invoices.all' } });
}
