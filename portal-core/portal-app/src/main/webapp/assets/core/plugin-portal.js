import { h, replace } from './dom.js';
import { language } from './i18n.js';
import { get, send } from './api.js';
import { caller } from './session.js';
import { formatDate, formatDateTime } from './format.js';

/**
 * What a plugin's web module sees of the portal (its screens and its sections on the portal's pages): the caller,
 * the page's language, the API client, date formatting and the DOM builder — nothing of the portal's own files.
 *
 * @param {object} [where] `query` (URLSearchParams) and `navigate`, for screens
 */
export async function pluginPortal({ query = new URLSearchParams(), navigate } = {}) {
  return {
    user: await caller(), language: language(), query, navigate,
    api: { get, send }, format: { formatDate, formatDateTime }, h, replace,
  };
}
