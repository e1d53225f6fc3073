/**
 * What the coordinators plugin's screens share beyond the portal's kit: the plugin's closed lists in the reader's
 * language, a form's checked boxes and typed tags, and a profile's expertise as a card.
 */
import { h, api, catalogue, pick } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url);

export const API = '/api/plugins/coordinators';

let lists;
/** @returns {Promise<object>} the plugin's closed lists (`GET /lists`), fetched once per page */
export async function closedLists() {
  lists ??= await api.get(`${API}/lists`);
  return lists;
}

/** A select of a closed list with an empty "any" choice. */
export function selectOf(name, items, chosen = '') {
  return h('select', { name },
    h('option', { value: '' }, t('any')),
    ...items.map((item) => h('option', { value: item.code, selected: item.code === chosen }, item.label)));
}

/** @returns {string[]} the values of a form's check boxes of one name that are checked */
export function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

/** @returns {string[]} tags typed in one box, separated by commas (also Japanese ones) */
export function tagsOf(text) {
  return text.split(/[,、，]/).map((tag) => tag.trim()).filter(Boolean);
}

/** A coordinator as a card: name (linked to the profile), summary, region, fields, tags and the top of their record. */
export function expertCard(expert) {
  const e = expert.expertise;
  return h('li', { class: 'card' },
    h('h2', {}, h('a', { href: `/p/coordinators/experts?id=${encodeURIComponent(expert.userId)}` }, expert.name)),
    e ? h('p', {}, pick(e.summary)) : null,
    e ? h('p', { class: 'meta' }, [e.region.label, ...e.fields.map((f) => f.label)].join(' · ')) : null,
    e && e.tags.length ? h('p', { class: 'meta' }, `${t('tags')}: ${e.tags.join(', ')}`) : null,
    expert.track?.lines.length ? h('p', { class: 'meta' },
      `${t('track')}: ${expert.track.lines.slice(0, 2).map((line) => line.text).join(' / ')}`) : null);
}
