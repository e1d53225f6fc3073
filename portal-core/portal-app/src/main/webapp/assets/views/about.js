import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';

const FUNCTIONS = ['onestop', 'coordinators', 'information', 'exchange', 'research', 'international', 'collaboration'];
const AGENCIES = ['aist', 'smrj', 'jetro', 'jilc', 'jst'];

/** What the network is and does, and who runs it: public. */
export function render(main) {
  replace(main,
    h('h1', {}, t('about.title')),
    h('p', { class: 'lead' }, t('about.lead')),
    h('h2', {}, t('about.functions')),
    h('ol', {}, FUNCTIONS.map((key) => h('li', {}, t(`about.function.${key}`)))),
    h('h2', {}, t('about.agencies')),
    h('table', {},
      h('caption', { class: 'visually-hidden' }, t('about.agencies')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('about.agency')), h('th', { scope: 'col' }, t('about.brings')))),
      h('tbody', {}, AGENCIES.map((key) => h('tr', {},
        h('th', { scope: 'row' }, t(`about.agency.${key}`)), h('td', {}, t(`about.brings.${key}`)))))));
}
