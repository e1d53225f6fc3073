/**
 * What the inquiry desk's screens share that is about inquiries (the rest comes from the portal's plugin kit): the
 * API's base and the screens' addresses, the stylesheets, the closed lists, status badges, and the limits on files.
 */
import { catalogue, referenceList, stylesheets, badge } from '/assets/kit/1/index.js';

/** Where the plugin's routes are. */
export const API = '/api/plugins/inquiries';

/** Where the plugin's screens are. */
export const SCREENS = '/p/inquiries';

/** The API's limits on files (see README: at most 5 files, 5 MiB each, 10 MiB together), for the kit's `readFiles`. */
export const FILE_LIMITS = { count: 5, each: 5 * 1024 * 1024, total: 10 * 1024 * 1024 };

/** The file types the desk accepts (the server decides by content; this only narrows the file picker). */
export const FILE_TYPES = '.pdf,.png,.jpg,.jpeg,.txt,.csv,.docx,.xlsx,.pptx';

/** The topics, statuses and languages of the API, as it writes them (names: the catalogue's `topics.<code>`...). */
export const TOPICS = ['technology', 'rd-funding', 'startup', 'overseas', 'ip-licensing', 'partner-search', 'policy',
  'other'];
export const STATUSES = ['new', 'routed', 'in-progress', 'answered', 'closed'];

const t = await catalogue(import.meta.url);

/** The regions (the portal's reference list): `items` as [code, name], `name(code)`. */
export const regions = await referenceList('regions');

/** Adds one of the plugin's stylesheets: `inquiries` (the askers' screens) or `desk` (the staff's). */
export const inquiryStyles = stylesheets(import.meta.url, 'inquiries');

/**
 * @param {string} status an inquiry's status code
 * @param {string} [label] the server's label for it (else the catalogue's)
 * @returns {HTMLElement} the status as a badge
 */
export function statusBadge(status, label) {
  return badge('inquiry-badge', status, label || t(`statuses.${status}`));
}
