/**
 * The reader's language (Japanese or English) and the portal's messages in it. The server already chose the
 * language of the page (`<html lang>`: the reader's saved choice, else their browser's); choosing again saves a
 * cookie and reloads.
 */
const base = new URL('../', import.meta.url);
const LANGUAGES = ['ja', 'en'];
let messages = {};

/** @returns {'ja'|'en'} the language of this page */
export function language() {
  const lang = document.documentElement.lang;
  return LANGUAGES.includes(lang) ? lang : 'ja';
}

/** Loads the messages of the page's language. */
export async function loadMessages() {
  const response = await fetch(new URL(`i18n/${language()}.json`, base));
  messages = await response.json();
}

/**
 * @param {string} key e.g. 'nav.directory'
 * @param {Object<string, string|number>} values replaces {name} in the message
 * @returns {string} the message, or the key itself when it has none (so a missing message shows, not hides)
 */
export function t(key, values = {}) {
  const message = messages[key] ?? key;
  return message.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/**
 * @param {{ja?: string, en?: string}|null} text a text in both languages, e.g. a plugin's label
 * @returns {string} the text in the page's language, or the other one when that is missing ('' for none)
 */
export function pick(text) {
  if (!text) return '';
  return language() === 'ja' ? (text.ja || text.en || '') : (text.en || text.ja || '');
}

/** Saves the choice of language for a year and shows the page again in it. */
export function chooseLanguage(lang) {
  if (!LANGUAGES.includes(lang)) return;
  document.cookie = `portal-lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`;
  location.reload();
}
