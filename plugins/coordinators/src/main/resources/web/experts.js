/**
 * The expert finder (`?q=&tag=&field=&service=&region=&language=`) and one coordinator's profile (`?id=`), in the
 * reader's language; visitors see the public parts in English only (the server decides).
 */
import {
  h, replace, api, catalogue, field, listOf, pager, offsetOf, safeContent, pick, reference,
} from '/assets/kit/1/index.js';
import { API, closedLists, selectOf, expertCard } from './common.js';

const t = await catalogue(import.meta.url, 'experts');

export async function render(main, portal) {
  if (portal.query.get('id')) return profile(main, portal, portal.query.get('id'));
  const [lists, ref] = await Promise.all([closedLists(), reference()]);
  const q = (name) => portal.query.get(name) || '';
  const params = new URLSearchParams();
  ['q', 'tag', 'field', 'service', 'region', 'language'].forEach((n) => q(n) && params.set(n, q(n)));
  params.set('offset', offsetOf(portal.query));
  const page = await api.get(`${API}/experts?${params}`);
  const regions = ref.regions.map((r) => ({ code: r.code, label: pick(r) }));
  const form = h('form', { class: 'filters', method: 'get', action: '/p/coordinators/experts' },
    field({ id: 'experts-q', label: t('words'), control: h('input', { name: 'q', value: q('q'), type: 'search' }) }),
    field({ id: 'experts-tag', label: t('tag'), control: h('input', { name: 'tag', value: q('tag') }) }),
    field({ id: 'experts-field', label: t('field'), control: selectOf('field', lists.fields, q('field')) }),
    field({ id: 'experts-service', label: t('service'), control: selectOf('service', lists.services, q('service')) }),
    field({ id: 'experts-region', label: t('region'), control: selectOf('region', regions, q('region')) }),
    field({ id: 'experts-language', label: t('language'),
      control: selectOf('language', lists.languages, q('language')) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('search'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), form,
    h('p', { role: 'status' }, t('found', { count: page.total })),
    listOf(page.items, expertCard, { empty: t('none'), class: 'cards' }),
    pager({ ...page, shown: page.items.length, label: t('pages'), previous: t('previous'), next: t('next'),
      href: (offset) => { params.set('offset', offset); return `?${params}`; } }));
}

async function profile(main, portal, id) {
  const p = await api.get(`${API}/profiles/${encodeURIComponent(id)}`);
  const e = p.expertise;
  replace(main, h('h1', {}, p.name),
    e ? h('section', {}, h('h2', {}, t('expertise')), h('p', {}, pick(e.summary)),
      h('dl', {},
        h('dt', {}, t('region')), h('dd', {}, [e.region.label, ...e.prefectures.map((x) => x.label)].join(', ')),
        h('dt', {}, t('field')), h('dd', {}, e.fields.map((x) => x.label).join(', ')),
        h('dt', {}, t('service')), h('dd', {}, e.services.map((x) => x.label).join(', ') || '—'),
        h('dt', {}, t('tags')), h('dd', {}, e.tags.join(', ') || '—'),
        h('dt', {}, t('industries')), h('dd', {}, e.industries.map((x) => x.label).join(', ') || '—'),
        h('dt', {}, t('language')), h('dd', {}, e.languages.map((x) => x.label).join(', ')))) : null,
    p.track ? h('section', {}, h('h2', {}, t('track')), h('p', { class: 'meta' }, t('trackLead')),
      listOf(p.track.lines, (line) => h('li', {}, line.text), { empty: t('noTrack') })) : null,
    p.background ? h('section', {}, h('h2', {}, t('background')),
      safeContent(pick(p.background.html))) : null,
    p.programmes ? h('section', {}, h('h2', {}, t('programmes')),
      listOf(p.programmes.items, (x) => h('li', {}, x.label), { empty: '—' })) : null,
    p.availability ? h('section', {}, h('h2', {}, t('availability')),
      h('p', {}, `${t('helpRequests')}: ${t(p.availability.helpRequests ? 'yes' : 'no')} · ${t('visits')}: `
        + t(p.availability.visits ? 'yes' : 'no')),
      h('p', {}, pick(p.availability.note))) : null,
    p.editable ? h('p', {}, h('a', { href: portal.user?.userId === p.userId ? '/p/coordinators/my-profile'
      : `/p/coordinators/profile-editor?user=${encodeURIComponent(p.userId)}` }, t('edit'))) : null);
}
