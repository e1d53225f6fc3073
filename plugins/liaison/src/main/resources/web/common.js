/**
 * What the liaison plugin's screens share beyond the portal's kit: the API's address, the plugin's closed lists in
 * the reader's language (fetched once per page), a select with an "any" choice, and an opportunity as a card.
 */
import { h, api, catalogue, pick, address, badge, formatDate } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url);

export const API = '/api/plugins/liaison';
export const SCREEN = '/p/liaison/opportunities';

let lists;
/** @returns {Promise<object>} the closed lists (`GET /lists`): kinds, stages, iprs, countries... */
export async function closedLists() {
  lists ??= await api.get(`${API}/lists`);
  return lists;
}

/** A select of a closed list (`[{code, label}]`) with an empty first choice. */
export function selectOf(name, items, chosen = '', none = t('any')) {
  return h('select', { name },
    none === null ? null : h('option', { value: '' }, none),
    ...items.map((item) => h('option', { value: item.code, selected: item.code === chosen }, item.label)));
}

/** A bilingual text as the reader reads it: their language where there is one, else the other. */
export const textOf = (texts) => (texts ? pick({ ja: texts.ja ?? texts.en, en: texts.en ?? texts.ja }) : '');

/** An opportunity as a card: summary (linked), kind and status, countries, fields, expiry, intermediary. */
export function card(opportunity) {
  return h('li', { class: 'card', 'data-opportunity': opportunity.id },
    h('h2', {}, h('a', { href: address(SCREEN, { id: opportunity.id }) }, textOf(opportunity.summary))),
    h('p', {}, badge('opportunity', opportunity.status.code, opportunity.status.label), ' ', opportunity.kind.label),
    h('p', { class: 'meta' }, [...opportunity.countries.map((c) => c.label), ...opportunity.fields.map((f) => f.label),
      t('expires', { day: formatDate(opportunity.expires) }),
      pick({ ja: opportunity.intermediary.nameJa, en: opportunity.intermediary.nameEn })].join(' · ')));
}
