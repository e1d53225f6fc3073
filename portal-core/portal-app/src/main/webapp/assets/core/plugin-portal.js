import { h, replace } from './dom.js';
import { language } from './i18n.js';
import { get, send } from './api.js';
import { caller } from './session.js';
import { formatDate, formatDateTime } from './format.js';

/**
 * What the portal hands a plugin's web module (its screens and its sections on the portal's pages): the caller, the
 * query and navigation. The rest comes from the plugin kit (`/assets/kit/1/index.js`, docs/plugin-kit-web.md); the
 * language, API client, date formatting and DOM builder are also here for plugins written before the kit.
 *
 * @param {object} [where] `query` (URLSearchParams) and `navigate`, for screens
 */
export async function pluginPortal({ query = new URLSearchParams(), navigate } = {}) {
  return {
    user: await caller(), language: language(), query, navigate,
    api: { get, send }, format: { formatDate, formatDateTime }, h, replace,
  };
}
