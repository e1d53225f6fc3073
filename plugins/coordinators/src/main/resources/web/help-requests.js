/**
 * Help requests and dispatch (派遣): requests by words and filters with pages
 * (`?q=&kind=&status=&field=&region=&mine=`), one request (`?id=`) with its offers, the requester's accept buttons,
 * the thread of the people matched, the secretariat's decision on a dispatch, the report or closing, and the post
 * form (`?new`). What the reader may do on a request is the server's to say (`actions`); the screen offers those.
 */
import {
  h, replace, api, catalogue, field, choices, listOf, pager, offsetOf, filtersOf, address, showErrors, clearErrors,
  act, badge, formatDate, formatDateTime, referenceList, organizationPicker, confirmDialog, isoDay,
} from '/assets/kit/1/index.js';
import { API, closedLists, selectOf, checkedValues, tagsOf } from './common.js';

const t = await catalogue(import.meta.url, 'help');
const SCREEN = '/p/coordinators/help-requests';
const FILTERS = ['q', 'kind', 'status', 'field', 'region', 'tag', 'mine'];

export async function render(main, portal) {
  if (portal.query.get('id')) return one(main, portal, portal.query.get('id'));
  if (portal.query.has('new')) return postForm(main, portal);
  const [lists, regions] = await Promise.all([closedLists(), referenceList('regions')]);
  const params = filtersOf(portal.query, FILTERS);
  params.set('offset', offsetOf(portal.query));
  const page = await api.get(`${API}/help-requests?${params}`);
  const q = (name) => portal.query.get(name) || '';
  const form = h('form', { class: 'filters', method: 'get', action: SCREEN },
    field({ id: 'help-q', label: t('words'), control: h('input', { name: 'q', type: 'search', value: q('q') }) }),
    field({ id: 'help-kind', label: t('kind'), control: selectOf('kind', lists.helpKinds, q('kind')) }),
    field({ id: 'help-status', label: t('status'), control: selectOf('status', lists.helpStatuses, q('status')) }),
    field({ id: 'help-field', label: t('field'), control: selectOf('field', lists.fields, q('field')) }),
    field({ id: 'help-region', label: t('region'), control: selectOf('region',
      regions.items.map(([code, label]) => ({ code, label })), q('region')) }),
    portal.user?.roles?.includes('coordinator') ? choices({ id: 'help-mine', legend: t('whose'), name: 'mine',
      type: 'checkbox', items: [['true', t('mine')]], checked: q('mine') ? ['true'] : [] }) : null,
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('search'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')),
    portal.user?.roles?.includes('coordinator')
      ? h('p', {}, h('a', { class: 'button', href: `${SCREEN}?new` }, t('new'))) : null,
    form, h('p', { role: 'status' }, t('found', { count: page.total })),
    listOf(page.items, item, { empty: t('none'), class: 'cards' }),
    pager({ ...page, shown: page.items.length, label: t('pages'), previous: t('previous'), next: t('next'),
      href: (offset) => { params.set('offset', offset); return `?${params}`; } }));
}

/** A request in a list: title, kind and state, deadline, region, fields and how many offers. */
export function item(request) {
  return h('li', { class: 'card', 'data-help-request': request.id },
    h('h2', {}, h('a', { href: address(SCREEN, { id: request.id }) }, request.title)),
    h('p', {}, badge('help', request.status.code, request.status.label), ' ', request.kind.label),
    h('p', { class: 'meta' }, [t('deadline', { day: formatDate(request.deadline) }), request.region.label,
      ...request.fields.map((f) => f.label), t('offers', { count: request.offerCount })].join(' · ')));
}

/** A plain text as written: a paragraph per line. */
const text = (value) => h('div', { class: 'plain-text' }, value.split(/\n+/).map((line) => h('p', {}, line)));

/** One request; `box` holds the outcome of the last action and stays while the request is drawn again. */
async function one(main, portal, id, box = h('div')) {
  const request = await api.get(`${API}/help-requests/${encodeURIComponent(id)}`);
  const redraw = () => one(main, portal, id, box);
  const can = (action) => request.actions.includes(action);
  const post = (path, body, done) => () => act(() => api.send('POST', `${API}/${path}`, body), { box, done, redraw });
  const offerView = (offer) => h('li', { class: 'card', 'data-offer': offer.id },
    h('p', {}, badge('offer', offer.status.code, offer.status.label)),
    text(offer.message),
    h('p', { class: 'meta' }, `${offer.helperName} · ${formatDateTime(offer.createdAt)}`),
    h('p', { class: 'actions' },
      can('accept') && offer.status.code === 'offered' ? h('button', { type: 'button', class: 'button',
        'data-action': 'accept', onclick: post(`help-requests/${request.id}/accept`, { offerId: offer.id }, t('acceptedDone')) },
      t('accept')) : null,
      can('withdraw') && offer.mine && offer.status.code === 'offered' ? h('button', { type: 'button',
        class: 'button secondary', onclick: post(`offers/${offer.id}/withdraw`, undefined, t('withdrawn')) },
      t('withdraw')) : null));
  replace(main, h('h1', {}, request.title), box,
    h('p', {}, badge('help', request.status.code, request.status.label), ' ', request.kind.label),
    h('p', { class: 'meta' }, [request.requesterName, formatDateTime(request.createdAt),
      t('deadline', { day: formatDate(request.deadline) })].join(' · ')),
    text(request.body),
    h('p', { class: 'meta' }, [request.region.label, ...request.prefectures.map((p) => p.label),
      ...request.fields.map((f) => f.label), ...request.services.map((s) => s.label), ...request.tags].join(' · ')),
    request.dispatch ? dispatchView(request.dispatch) : null,
    request.helpers.length ? h('p', {}, t('helpers', { names: request.helpers.join(', ') })) : null,
    request.closingNote ? h('section', {}, h('h2', {}, t('report')), text(request.closingNote),
      request.outcome ? h('p', { class: 'meta' }, request.outcome.label) : null) : null,
    h('h2', {}, t('offers', { count: request.offerCount })),
    listOf(request.offers, offerView, { empty: t('noOffers'), class: 'cards' }),
    can('offer') ? textForm('offer', `help-requests/${request.id}/offers`, 'message', redraw) : null,
    can('decide') ? decision(request, box, redraw) : null,
    can('report') ? reportForm(request, redraw) : null,
    can('close') ? textForm('close', `help-requests/${request.id}/close`, 'note', redraw) : null,
    can('cancel') ? h('p', {}, h('button', { type: 'button', class: 'button secondary', onclick: async () => {
      if (await confirmDialog(t('cancelConfirm'), { confirm: t('cancel'), cancel: t('keep') })) {
        await post(`help-requests/${request.id}/cancel`, undefined, t('cancelled'))();
      }
    } }, t('cancel'))) : null,
    can('thread') ? await thread(request, redraw) : null,
    h('p', {}, h('a', { href: SCREEN }, t('back'))));
}

function dispatchView(dispatch) {
  return h('section', { class: 'dispatch' }, h('h2', {}, t('dispatch')),
    dispatch.approval ? h('p', {}, badge('approval', dispatch.approval.code, dispatch.approval.label)) : null,
    dispatch.approvalReason ? h('p', {}, t('reason', { reason: dispatch.approvalReason })) : null,
    h('dl', {},
      h('dt', {}, t('dates')), h('dd', {}, `${formatDate(dispatch.from)} – ${formatDate(dispatch.to)}`),
      h('dt', {}, t('host')), h('dd', {}, dispatch.hostName),
      dispatch.venue ? [h('dt', {}, t('venue')), h('dd', {}, dispatch.venue)] : null,
      dispatch.costSharing ? [h('dt', {}, t('costSharing')), h('dd', {}, dispatch.costSharing)] : null,
      dispatch.eventPath ? [h('dt', {}, t('event')), h('dd', {}, h('a', { href: dispatch.eventPath },
        t('eventLink')))] : null));
}

/** A form of one text sent to a path: an offer's message or a closing note. */
function textForm(key, path, name, redraw, extra = null) {
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    field({ id: `help-${key}`, label: t(`${key}Text`), control: h('textarea', { name, rows: 4 }) }),
    extra,
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t(`${key}Send`))));
  return h('section', {}, h('h2', {}, t(`${key}Title`)), form);

  async function send(event) {
    event.preventDefault();
    clearErrors(form);
    const body = { [name]: form.elements[name].value };
    if (form.elements.outcome) body.outcome = form.elements.outcome.value || null;
    try {
      await api.send('POST', `${API}/${path}`, body);
      await redraw();
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}

function reportForm(request, redraw) {
  const outcomes = h('select', { name: 'outcome' }, h('option', { value: '' }, t('noOutcome')));
  closedLists().then((lists) => outcomes.append(...lists.outcomes.map((o) => h('option', { value: o.code },
    o.label))));
  return textForm('report', `help-requests/${request.id}/report`, 'note', redraw,
    field({ id: 'help-outcome', label: t('outcome'), control: outcomes }));
}

function decision(request, box, redraw) {
  const approve = h('button', { type: 'button', class: 'button', onclick: () => act(() => api.send('POST',
    `${API}/help-requests/${request.id}/approve`), { box, done: t('approvedDone'), redraw }) }, t('approve'));
  const rejection = textForm('reject', `help-requests/${request.id}/reject`, 'reason', redraw);
  return h('section', { class: 'decision' }, h('h2', {}, t('decide')), h('p', {}, approve), rejection);
}

async function thread(request, redraw) {
  const messages = await api.get(`${API}/help-requests/${request.id}/thread`);
  return h('section', { class: 'thread' }, h('h2', {}, t('thread')), h('p', { class: 'meta' }, t('threadWho')),
    listOf(messages, (m) => h('li', { class: m.mine ? 'message mine' : 'message' },
      text(m.body), h('p', { class: 'meta' }, `${m.authorName} · ${formatDateTime(m.createdAt)}`)),
    { empty: t('noMessages'), class: 'messages' }),
    textForm('message', `help-requests/${request.id}/thread`, 'body', redraw));
}

async function postForm(main, portal) {
  const [lists, regions, prefectures] = await Promise.all([closedLists(), referenceList('regions'),
    referenceList('prefectures')]);
  const boxes = (name, items) => choices({ id: `help-${name}`, legend: t(name), name, type: 'checkbox',
    items: items.map((x) => [x.code, x.label]), checked: [] });
  const host = await organizationPicker({ id: 'help-host', name: 'dispatch.hostOrganization', legend: t('host'),
    single: true });
  const dispatch = h('fieldset', { class: 'stack', 'data-path': 'dispatch', hidden: true },
    h('legend', {}, t('dispatch')),
    field({ id: 'help-from', label: t('from'), required: true,
      control: h('input', { name: 'dispatch.from', type: 'date' }) }),
    field({ id: 'help-to', label: t('to'), required: true,
      control: h('input', { name: 'dispatch.to', type: 'date' }) }),
    host.element,
    field({ id: 'help-venue', label: t('venue'), control: h('input', { name: 'dispatch.venue', maxlength: 200 }) }),
    field({ id: 'help-cost', label: t('costSharing'), hint: t('costHint'),
      control: h('textarea', { name: 'dispatch.costSharing', rows: 2 }) }),
    field({ id: 'help-event', label: t('event'), hint: t('eventHint'),
      control: h('input', { name: 'dispatch.eventPath', placeholder: '/p/events/events?id=' }) }));
  const kinds = choices({ id: 'help-kind', legend: t('kind'), name: 'kind', type: 'radio', required: true,
    items: lists.helpKinds.map((k) => [k.code, k.label]), checked: ['advice'] });
  kinds.addEventListener('change', () => { dispatch.hidden = kindOf() === 'advice'; });
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    kinds,
    field({ id: 'help-title', label: t('requestTitle'), required: true,
      control: h('input', { name: 'title', maxlength: 200 }) }),
    field({ id: 'help-body', label: t('body'), hint: t('plain'), required: true,
      control: h('textarea', { name: 'body', rows: 8 }) }),
    field({ id: 'help-region-post', label: t('region'), required: true, control: selectOf('region',
      regions.items.map(([code, label]) => ({ code, label }))) }),
    boxes('prefectures', prefectures.items.map(([code, label]) => ({ code, label }))),
    boxes('fields', lists.fields), boxes('services', lists.services),
    field({ id: 'help-tags', label: t('tagsHint'), control: h('input', { name: 'tags' }) }),
    field({ id: 'help-deadline', label: t('deadlineLabel'), required: true,
      control: h('input', { name: 'deadline', type: 'date', min: isoDay(new Date()) }) }),
    dispatch,
    h('p', { class: 'meta' }, t('notified')),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('send'))));
  replace(main, h('h1', {}, t('new')), form);

  function kindOf() {
    return form.querySelector('input[name="kind"]:checked')?.value ?? '';
  }

  async function send(event) {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements[name].value || null;
    const kind = kindOf();
    try {
      const posted = await api.send('POST', `${API}/help-requests`, {
        kind, title: value('title'), body: value('body'), region: value('region'),
        prefectures: checkedValues(form, 'prefectures'), fields: checkedValues(form, 'fields'),
        services: checkedValues(form, 'services'), tags: tagsOf(form.elements.tags.value),
        deadline: value('deadline'),
        dispatch: kind === 'advice' ? null : {
          from: value('dispatch.from'), to: value('dispatch.to'), hostOrganization: host.chosen()[0] ?? null,
          venue: value('dispatch.venue'), costSharing: value('dispatch.costSharing'),
          eventPath: value('dispatch.eventPath'),
        },
      });
      portal.navigate(address(SCREEN, { id: posted.id }));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
