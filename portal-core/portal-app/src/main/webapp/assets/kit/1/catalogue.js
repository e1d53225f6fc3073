import { language } from '../../core/i18n.js';

/**
 * A plugin's message catalogue: `web/i18n/ja.json` and `web/i18n/en.json` in its bundle, served at
 * `/plugins/{id}/assets/i18n/{language}.json`. A catalogue is a JSON object whose values are messages or objects
 * of messages (`{"kinds": {"seminar": "セミナー"}}` is read as `kinds.seminar`). Messages take `{name}` placeholders;
 * a message that depends on a number is an object by plural category (`{"one": "{count} field", "other": "{count}
 * fields"}`, chosen with `Intl.PluralRules` by the value `count`).
 */
const loaded = new Map();

/**
 * Loads the catalogue of the plugin a module belongs to, in the page's language (once per plugin and page).
 *
 * @param {string} moduleUrl the calling module's `import.meta.url` (any file under `/plugins/{id}/assets/`)
 * @param {string} [section] the screen's own part of the catalogue: its keys are looked up there first, then at
 *   the top (the plugin's shared words)
 * @returns {Promise<(key: string, values?: Object<string, string|number>) => string>} the translator: the message
 *   with its placeholders filled, or the key itself when the catalogue has none (so a missing message shows); its
 *   `has(key)` says whether there is one (e.g. to fall back on a label the server sent); its `named(list, codes)`
 *   gives a closed list's codes with their messages, `[[code, t(`${list}.${code}`)], ...]` (for `select`, `choices`)
 */
export async function catalogue(moduleUrl, section) {
  const root = new URL(moduleUrl).pathname.match(/^\/plugins\/[^/]+\/assets\//)?.[0];
  if (!root) throw new Error(`not a plugin's module: ${moduleUrl}`);
  const url = `${root}i18n/${language()}.json`;
  if (!loaded.has(url)) {
    loaded.set(url, fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`no catalogue at ${url}: HTTP ${response.status}`);
      return response.json();
    }));
  }
  const messages = await loaded.get(url);
  const plural = new Intl.PluralRules(language());
  const find = (key) => (section ? lookup(messages, `${section}.${key}`) : undefined) ?? lookup(messages, key);
  const translate = (key, values = {}) => {
    let message = find(key);
    if (message !== null && typeof message === 'object') {
      message = message[plural.select(Number(values.count))] ?? message.other;
    }
    if (typeof message !== 'string') return key;
    return message.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  };
  translate.has = (key) => find(key) !== undefined;
  translate.named = (list, codes) => codes.map((code) => [code, translate(`${list}.${code}`)]);
  return translate;
}

function lookup(messages, key) {
  return key.split('.').reduce((node, part) => (node && typeof node === 'object' ? node[part] : undefined), messages);
}
