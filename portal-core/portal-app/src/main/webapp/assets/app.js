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
  route('/members', () => import('./views/members.js'));
  route('/directory', () => import('./views/directory.js'));
  route('/admin/plugins', () => import('./views/admin/plugins.js'));
  route('/p/:plugin/:key', () => import('./views/plugin-screen.js'));
  otherwise(() => import('./views/not-found.js'));
  afterNavigation(markCurrent);
  await start();
}

main();
