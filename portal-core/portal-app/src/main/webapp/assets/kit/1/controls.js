import { h } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { field } from './fields.js';

/**
 * A select of a closed list.
 *
 * @param {{name: string, items: Array<[string, string]>, selected?: string|null, none?: string}} options the
 *   control's name, the choices as [value, label], the value chosen, and the label of a first, empty option (none
 *   when not given)
 * @returns {HTMLSelectElement} the select (give it to `field` for its label)
 */
export function select({ name, items, selected, none }) {
  return h('select', { name },
    none === undefined ? null : h('option', { value: '' }, none),
    items.map(([value, label]) => h('option', { value, selected: String(value) === String(selected ?? '') }, label)));
}

/**
 * @param {{name?: string, selected?: 'ja'|'en'}} [options] the control's name (`language`), the language chosen
 *   (the page's by default)
 * @returns {HTMLSelectElement} Japanese or English, in the portal's words (e.g. the language of someone's mails)
 */
export function languageSelect({ name = 'language', selected = language() } = {}) {
  return select({ name, selected, items: [['ja', t('language.ja')], ['en', t('language.en')]] });
}

/**
 * A pair of fields for a text in Japanese and in English, side by side; each control has its `lang`.
 *
 * @param {{id: string, name: (lang: string) => string, label: (lang: string) => string, value?: (lang: string) =>
 *   string, control?: (lang: string) => HTMLElement, hint?: string, required?: boolean, class?: string}} pair the
 *   ids' stem (`<id>-ja`, `<id>-en`), each control's name (the API's path) and label, its value, the control (an
 *   input by default; its value is set), a hint for both, whether both must be filled, the pair's class
 * @returns {HTMLElement} the pair (`div`, class `bilingual` unless told)
 */
export function bilingual({ id, name, label, value = () => '', control = () => h('input', {}), hint, required,
  class: className = 'bilingual' }) {
  return h('div', { class: className }, ['ja', 'en'].map((lang) => {
    const input = control(lang);
    Object.assign(input, { name: name(lang), lang, value: value(lang) ?? '' });
    return field({ id: `${id}-${lang}`, label: label(lang), control: input, hint, required });
  }));
}
