import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';

/** The site's footer: who runs the network and how to reach the secretariat. */
export function renderFooter(footer) {
  replace(footer,
    h('p', {}, t('footer.secretariat')),
    h('p', {}, h('a', { href: '/about' }, t('nav.about'))));
}
