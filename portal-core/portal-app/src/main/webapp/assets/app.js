import { loadMessages, t } from './core/i18n.js';
import { caller } from './core/session.js';
import { route, otherwise, start, afterNavigation } from './core/router.js';
import { renderHeader, markCurrent } from './views/header.js';
import { renderFooter } from './views/footer.js';

/** The web portal: messages, who is logged in, the frame, then the screen of the current address. */
async function main() {
  await loadMessages();
  document.getElementById('skip-link').textContent = t('site.skip');
  const user = await caller();
  await renderHeader(document.getElementById('site-header'), user);
  renderFooter(document.getElementById('site-footer'));

  route('/', () => import('./views/home.js'));
  route('/about', () => import('./views/about.js'));
  route('/logout', () => import('./views/logout.js'));
  route('/members', () => import('./views/members.js'));
  route('/directory', () => import('./views/directory.js'));
  route('/organizations/:id', () => import('./views/organization/profile.js'));
  route('/apply', () => import('./views/apply/form.js'));
  route('/apply/:token', () => import('./views/apply/status.js'));
  route('/organization', () => import('./views/organization/index.js'));
  route('/organization/profile', () => import('./views/organization/edit-profile.js'));
  route('/organization/people', () => import('./views/organization/people.js'));
  route('/organization/identity-provider', () => import('./views/organization/identity-provider.js'));
  route('/organization/invoices', () => import('./views/organization/invoices.js'));
  route('/admin', () => import('./views/admin/index.js'));
  route('/admin/applications', () => import('./views/admin/applications.js'));
  route('/admin/applications/:reference', () => import('./views/admin/application.js'));
  route('/admin/organizations', () => import('./views/admin/organizations.js'));
  route('/admin/organizations/:id', () => import('./views/admin/organization.js'));
  route('/admin/officers', () => import('./views/admin/officers.js'));
  route('/admin/audit', () => import('./views/admin/audit.js'));
  route('/admin/identity-providers', () => import('./views/admin/identity-providers.js'));
  route('/admin/dues', () => import('./views/admin/dues.js'));
  route('/admin/dues/invoices/:number', () => import('./views/admin/invoice.js'));
  route('/admin/registry', () => import('./views/admin/registry.js'));
  route('/admin/plugins', () => import('./views/admin/plugins.js'));
  route('/p/:plugin/:key', () => import('./views/plugin-screen.js'));
  otherwise(() => import('./views/not-found.js'));
  afterNavigation(markCurrent);
  await start();
}

main();
