import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { logIn } from '../core/session.js';

/** What went wrong while showing a screen: a login for 401, a plain message otherwise. */
export function renderError(main, error) {
  if (error.status === 401) {
    replace(main, h('h1', {}, t('error.login.title')),
      h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => logIn() }, t('account.login'))));
    return;
  }
  replace(main,
    h('h1', {}, error.status === 403 ? t('error.forbidden.title') : t('error.title')),
    h('p', { role: 'alert' }, error.status === 403 ? t('error.forbidden.detail') : t('error.detail')));
}
