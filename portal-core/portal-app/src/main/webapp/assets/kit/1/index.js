/**
 * The plugin kit, API version 1: what a plugin's screens and its sections on the portal's pages need of the
 * portal, in one import. Plugins import it by this address, `/assets/kit/1/index.js`; the portal redirects it to the deployed
 * version of its assets, so the kit shares the page's modules (its messages, session, CSRF token). Within version 1
 * the kit only grows; a change that would break a screen written against it becomes `/assets/kit/2/`. See
 * docs/plugin-kit-web.md.
 *
 *   import { h, replace, api, catalogue, field, showErrors } from '/assets/kit/1/index.js';
 *   const t = await catalogue(import.meta.url, 'ask');
 */
export { h, append, replace } from '../../core/dom.js';
export * as api from '../../core/api.js';
export { language, pick } from '../../core/i18n.js';
export { reference } from '../../core/reference.js';
export {
  NETWORK_ZONE, locale, readerZone, formatDate, formatTime, formatDateTime, isoDay, formatNumber, localDateTime,
  timeZones,
} from '../../core/format.js';
export { showErrors, clearErrors, summaryFor, honeypot } from '../../core/forms.js';
export { catalogue } from './catalogue.js';
export { field, choices } from './fields.js';
export { pager, offsetOf, listOf, tableOf, panelOf } from './lists.js';
export { safeContent } from './safe-html.js';
export { confirmDialog } from './dialog.js';
export { notify } from './notice.js';
export { organizationPicker } from './organizations.js';
export { useStyles, stylesheets } from './styles.js';
export { select, languageSelect, bilingual } from './controls.js';
export { referenceList, organizationName, badge } from './names.js';
export { readFiles, sizeText } from './files.js';
export { filtersOf, formFilters, searchForm, address } from './filters.js';
export { act, showProblem } from './actions.js';
export { repeater } from './rows.js';
export { qrScanner } from './scanner.js';
export { settingsList } from './settings.js';
export { monthCalendar, monthName, shiftMonth } from './calendar.js';
