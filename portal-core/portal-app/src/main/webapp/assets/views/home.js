import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { get } from '../core/api.js';
import { caller, logIn } from '../core/session.js';
import { formatDateTime } from '../core/format.js';

/** The home page: what the network is, for visitors; what is new for them, for logged-in users. */
export async function render(main) {
  const user = await caller();
  if (!user) {
    replace(main,
      h('h1', {}, t('home.visitor.title')),
      h('p', { class: 'lead' }, t('home.visitor.lead')),
      h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => logIn('/') }, t('account.login')),
        ' ', h('a', { href: '/about' }, t('home.visitor.more'))));
    return;
  }
  const notifications = await get('/api/me/notifications');
  replace(main,
    h('h1', {}, t('home.title', { name: user.displayName || user.username })),
    h('section', { 'aria-labelledby': 'notifications-heading' },
      h('h2', { id: 'notifications-heading' }, t('home.notifications')),
      notifications.length === 0
        ? h('p', {}, t('home.notifications.none'))
        : h('ul', { class: 'cards' }, notifications.map((n) => h('li', { class: 'card' },
          h('h3', {}, n.link ? h('a', { href: n.link }, n.subject) : n.subject),
          h('p', {}, n.body),
          h('p', { class: 'meta' }, formatDateTime(n.createdAt)))))));
}
