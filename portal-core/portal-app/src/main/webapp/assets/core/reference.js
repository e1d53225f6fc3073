import { get } from './api.js';
import { pick } from './i18n.js';

let lists;

/**
 * The portal's closed lists (prefectures with JIS codes, regions, kinds, classes, statuses, legal forms, fields,
 * services) from /api/public/reference, loaded once.
 */
export async function reference() {
  lists ??= await get('/api/public/reference');
  return lists;
}

/**
 * @param {string} list e.g. 'fields'
 * @param {string} code e.g. 'life-science'
 * @returns {Promise<string>} its label in the page's language, or the code when unknown
 */
export async function label(list, code) {
  const item = (await reference())[list].find((x) => x.code === code);
  return item ? pick(item) : code;
}
