/**
 * A coordinator's own profile (`/p/coordinators/my-profile`), or — for the secretariat — any coordinator's
 * (`/p/coordinators/profile-editor?user=<id>`): every part in both languages, with who may read each part.
 */
import {
  h, replace, api, catalogue, field, choices, showErrors, clearErrors, notify, pick, reference,
} from '/assets/kit/1/index.js';
import { API, closedLists, selectOf, checkedValues, tagsOf } from './common.js';

const t = await catalogue(import.meta.url, 'profile');

export async function render(main, portal) {
  const user = portal.query.get('user');
  if (!user && !portal.user?.roles?.includes('coordinator')) {
    replace(main, h('h1', {}, t('title')), h('p', {}, t('chooseOne'), ' ',
      h('a', { href: '/p/coordinators/experts' }, t('finder'))));
    return;
  }
  const address = `${API}/profiles/${user ? encodeURIComponent(user) : 'me'}`;
  const [lists, ref] = await Promise.all([closedLists(), reference()]);
  const mine = await api.get(address).catch((e) => { if (e.status === 404) return null; throw e; });
  const e = mine?.expertise;
  const codes = (items) => (items || []).map((x) => x.code);
  const boxes = (name, items, checked) => choices({ id: `profile-${name}`, legend: t(name), name, type: 'checkbox',
    items: items.map((x) => [x.code, x.label]), checked });
  const audience = (part, chosen) => field({ id: `profile-visibility-${part}`, label: t(`visibility.${part}`),
    control: h('select', { name: `visibility.${part}` },
      ...lists.audiences.map((a) => h('option', { value: a.code, selected: a.code === chosen }, a.label))) });
  const text = (name, value, long) => field({ id: `profile-${name}`, label: t(name),
    control: h(long ? 'textarea' : 'input', { name, value: value || '' }, long ? value || '' : null) });
  const box = h('div');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    text('summary.ja', e?.summary.ja), text('summary.en', e?.summary.en),
    field({ id: 'profile-region', label: t('region'), required: true, control: selectOf('region',
      ref.regions.map((r) => ({ code: r.code, label: pick(r) })), e?.region.code) }),
    boxes('prefectures', ref.prefectures.map((p) => ({ code: p.code, label: pick(p) })), codes(e?.prefectures)),
    boxes('fields', lists.fields, codes(e?.fields)), boxes('services', lists.services, codes(e?.services)),
    text('tags', (e?.tags || []).join(', ')),
    boxes('industries', lists.industries, codes(e?.industries)),
    boxes('languages', lists.languages, codes(e?.languages)),
    text('background.ja', mine?.background?.text.ja, true), text('background.en', mine?.background?.text.en, true),
    boxes('programmes', lists.programmes, codes(mine?.programmes?.items)),
    choices({ id: 'profile-help', legend: t('availability'), name: 'availability', type: 'checkbox',
      items: [['helpRequests', t('helpRequests')], ['visits', t('visits')]],
      checked: ['helpRequests', 'visits'].filter((k) => mine?.availability?.[k]) }),
    text('availability.note.ja', mine?.availability?.note.ja),
    text('availability.note.en', mine?.availability?.note.en),
    ...['expertise', 'background', 'programmes', 'availability']
      .map((part) => audience(part, mine?.[part]?.audience || 'network')),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('save'))));
  replace(main, h('h1', {}, user ? mine?.name ?? user : t('title')), h('p', { class: 'lead' }, t('lead')), box, form);

  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    const f = form.elements;
    const checked = (name) => checkedValues(form, name);
    const value = (name) => f[name].value;
    try {
      await api.send('PUT', address, {
        summary: { ja: value('summary.ja'), en: value('summary.en') }, region: value('region'),
        prefectures: checked('prefectures'), fields: checked('fields'), services: checked('services'),
        tags: tagsOf(value('tags')),
        industries: checked('industries'), languages: checked('languages'),
        background: { ja: value('background.ja'), en: value('background.en') }, programmes: checked('programmes'),
        availability: { helpRequests: checked('availability').includes('helpRequests'),
          visits: checked('availability').includes('visits'),
          note: { ja: value('availability.note.ja'), en: value('availability.note.en') } },
        visibility: Object.fromEntries(['expertise', 'background', 'programmes', 'availability']
          .map((p) => [p, value(`visibility.${p}`)])),
      });
      notify(box, t('saved'));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
