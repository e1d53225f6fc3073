/**
 * Partnership opportunities: the list by words and filters with pages
 * (`?q=&kind=&field=&country=&stage=&organization=&mine=`),
 * and one opportunity (`?id=`) with what the reader may do on it (the server's `actions`): its intermediary renews
 * it, submits or edits a draft; the secretariat publishes or returns it; others express interest or follow it.
 * Suggested matches follow: published opportunities of the answering kind sharing a field.
 * The company is shown to the intermediary only, and only the parts the reader may read ever arrive here.
 */
import {
  h, replace, api, catalogue, field, listOf, pager, offsetOf, filtersOf, address, showErrors, clearErrors, act,
  badge, formatDate, pick, notify,
} from '/assets/kit/1/index.js';
import { API, SCREEN, closedLists, selectOf, textOf, card } from './common.js';

const t = await catalogue(import.meta.url, 'opportunities');
const FILTERS = ['q', 'kind', 'field', 'country', 'stage', 'organization', 'mine'];

export async function render(main, portal) {
  if (portal.query.get('id')) return one(main, portal, portal.query.get('id'));
  const lists = await closedLists();
  const params = filtersOf(portal.query, FILTERS);
  params.set('offset', offsetOf(portal.query));
  const page = await api.get(`${API}/opportunities?${params}`);
  const q = (name) => portal.query.get(name) || '';
  const form = h('form', { class: 'filters', method: 'get', action: SCREEN },
    field({ id: 'opp-q', label: t('words'), control: h('input', { name: 'q', type: 'search', value: q('q') }) }),
    field({ id: 'opp-kind', label: t('kind'), control: selectOf('kind', lists.kinds, q('kind')) }),
    field({ id: 'opp-field', label: t('field'), control: selectOf('field', lists.fields, q('field')) }),
    field({ id: 'opp-country', label: t('country'), control: selectOf('country', lists.countries, q('country')) }),
    field({ id: 'opp-stage', label: t('stage'), control: selectOf('stage', lists.stages, q('stage')) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('search'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), form,
    h('p', { role: 'status' }, t('found', { count: page.total })),
    listOf(page.items, card, { empty: t('none'), class: 'cards', label: t('title') }),
    pager({ ...page, shown: page.items.length, label: t('pages'), previous: t('previous'), next: t('next'),
      href: (offset) => { params.set('offset', offset); return `?${params}`; } }));
}

const text = (value) => h('div', { class: 'plain-text' }, value.split(/\n+/).map((line) => h('p', {}, line)));

async function one(main, portal, id, box = h('div')) {
  const [o, matches] = await Promise.all([api.get(`${API}/opportunities/${encodeURIComponent(id)}`),
    api.get(`${API}/opportunities/${encodeURIComponent(id)}/matches`)]);
  const redraw = () => one(main, portal, id, box);
  const can = (action) => o.actions.includes(action);
  const post = (path, body, done) => () => act(() => api.send('POST', `${API}/${path}`, body), { box, done, redraw });
  const part = (key, value) => (value === undefined || value === null ? null
    : [h('dt', {}, t(`part.${key}`)), h('dd', {}, value)]);
  replace(main, h('h1', {}, textOf(o.summary)), box,
    h('p', {}, badge('opportunity', o.status.code, o.status.label), ' ', o.kind.label),
    o.callName ? h('p', {}, t('call', { call: o.callName })) : null,
    o.reviewComment ? h('p', { class: 'notice' }, t('reviewComment', { comment: o.reviewComment })) : null,
    o.company ? h('section', { class: 'card' }, h('h2', {}, t('company')), h('p', {}, o.company.name),
      h('p', {}, o.company.contact), h('p', { class: 'meta' }, t('companyOnly'))) : null,
    o.description ? text(textOf(o.description)) : null,
    h('dl', {},
      part('innovation', o.innovation ? textOf(o.innovation) : null),
      part('stage', o.stage?.label), part('ipr', o.ipr?.label),
      part('partner', o.partner ? `${o.partner.type.label}: ${o.partner.role}` : null),
      part('fields', o.fields.map((f) => f.label).join(', ')),
      part('countries', o.countries.map((c) => c.label).join(', ')),
      part('keywords', o.keywords?.join(', ')),
      part('deadline', o.deadline ? formatDate(o.deadline) : null),
      part('expires', formatDate(o.expires)),
      part('intermediary', pick({ ja: o.intermediary.nameJa, en: o.intermediary.nameEn }))),
    h('p', { class: 'meta' }, t('anonymous')),
    h('p', { class: 'actions' },
      can('edit') ? h('a', { class: 'button secondary', href: address('/p/liaison/write', { id: o.id }) }, t('edit'))
        : null,
      can('submit') ? h('button', { type: 'button', class: 'button', onclick: post(`opportunities/${o.id}/submit`,
        undefined, t('submitted')) }, t('submit')) : null,
      can('renew') ? h('button', { type: 'button', class: 'button', onclick: post(`opportunities/${o.id}/renew`,
        undefined, t('renewed')) }, t('renew')) : null,
      can('interests') ? h('a', { class: 'button secondary', href: '/p/liaison/pipeline' }, t('pipeline')) : null,
      can('publish') ? h('button', { type: 'button', class: 'button', onclick: post(`opportunities/${o.id}/publish`,
        undefined, t('published')) }, t('publish')) : null,
      can('follow') ? h('button', { type: 'button', class: 'button secondary', onclick: () => act(() => api.send(
        'POST', `${API}/follows`, { opportunityId: o.id }), { box, done: t('followed'), redraw }) }, t('follow'))
        : null),
    can('return') ? returnForm(o, box, redraw) : null,
    can('express-interest') ? interestForm(o, box, redraw) : null,
    o.status.code === 'published' ? h('section', {}, h('h2', {}, t('matches')),
      listOf(matches, card, { empty: t('noMatches'), class: 'cards', label: t('matches') })) : null,
    h('p', {}, h('a', { href: SCREEN }, t('back'))));
}

/** A form that sends one body to a path and draws the opportunity again with the outcome. */
function form(key, path, fields, box, redraw) {
  const element = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    ...fields.map((name) => field({ id: `opp-${key}-${name}`, label: t(`${key}.${name}`), required: true,
      control: h('textarea', { name, rows: 3 }) })),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t(`${key}.send`))));
  return h('section', {}, h('h2', {}, t(`${key}.title`)), h('p', { class: 'meta' }, t(`${key}.lead`)), element);

  async function send(event) {
    event.preventDefault();
    clearErrors(element);
    const body = Object.fromEntries(fields.map((name) => [name, element.elements[name].value]));
    try {
      await api.send('POST', `${API}/${path}`, body);
      await redraw();
      notify(box, t(`${key}.done`));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(element, failure);
    }
  }
}

const interestForm = (o, box, redraw) => form('interest', `opportunities/${o.id}/interests`,
  ['who', 'capability', 'why'], box, redraw);
const returnForm = (o, box, redraw) => form('return', `opportunities/${o.id}/return`, ['comment'], box, redraw);
