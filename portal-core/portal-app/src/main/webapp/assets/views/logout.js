import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { caller, logOut } from '../core/session.js';

/**
 * The address /logout, for bookmarks and links: it asks before logging out, because a request that only opens an
 * address must not end anybody's session (another site could make the browser open it).
 */
export async function render(main) {
  if (!(await caller())) {
    replace(main, h('h1', {}, t('logout.done')), h('p', {}, h('a', { href: '/' }, t('notFound.home'))));
    return;
  }
  replace(main,
    h('h1', {}, t('logout.title')),
    h('p', {}, t('logout.lead')),
    h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => logOut() }, t('logout.button'))));
}
