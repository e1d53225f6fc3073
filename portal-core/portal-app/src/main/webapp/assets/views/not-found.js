import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';

/** An address that is no screen. */
export function render(main) {
  replace(main, h('h1', {}, t('notFound.title')), h('p', {}, h('a', { href: '/' }, t('notFound.home'))));
}
