/**
 * Questions and answers: questions by words and filters with pages (`?q=&tag=&field=&service=&region=&open=`), one
 * question (`?id=`) with its answers, votes, the asker's accept button, the answer form and "make a case draft", and
 * the ask form (`?ask`). Who may do what is the server's to say; the screen offers what the reader's roles allow.
 */
import {
  h, replace, api, catalogue, field, choices, listOf, pager, offsetOf, filtersOf, address, showErrors, clearErrors,
  safeContent, act, showProblem, badge, formatDateTime, referenceList,
} from '/assets/kit/1/index.js';
import { API, closedLists, selectOf, checkedValues, tagsOf } from './common.js';

const t = await catalogue(import.meta.url, 'questions');
const SCREEN = '/p/coordinators/questions';
const FILTERS = ['q', 'tag', 'field', 'service', 'region', 'open'];
const has = (portal, ...roles) => roles.some((role) => portal.user?.roles?.includes(role));

export async function render(main, portal) {
  if (portal.query.get('id')) return one(main, portal, portal.query.get('id'));
  if (portal.query.has('ask')) return ask(main, portal);
  const [lists, regions] = await Promise.all([closedLists(), referenceList('regions')]);
  const params = filtersOf(portal.query, FILTERS);
  params.set('offset', offsetOf(portal.query));
  const page = await api.get(`${API}/questions?${params}`);
  const q = (name) => portal.query.get(name) || '';
  const form = h('form', { class: 'filters', method: 'get', action: SCREEN },
    field({ id: 'questions-q', label: t('words'), control: h('input', { name: 'q', type: 'search', value: q('q') }) }),
    field({ id: 'questions-tag', label: t('tag'), control: h('input', { name: 'tag', value: q('tag') }) }),
    field({ id: 'questions-field', label: t('field'), control: selectOf('field', lists.fields, q('field')) }),
    field({ id: 'questions-service', label: t('service'),
      control: selectOf('service', lists.services, q('service')) }),
    field({ id: 'questions-region', label: t('region'), control: selectOf('region',
      regions.items.map(([code, label]) => ({ code, label })), q('region')) }),
    choices({ id: 'questions-open', legend: t('state'), name: 'open', type: 'checkbox', items: [['true', t('open')]],
      checked: q('open') ? ['true'] : [] }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('search'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')),
    has(portal, 'coordinator', 'steering-agency', 'member-admin', 'member-staff')
      ? h('p', {}, h('a', { class: 'button', href: `${SCREEN}?ask` }, t('ask'))) : null,
    form, h('p', { role: 'status' }, t('found', { count: page.total })),
    listOf(page.items, item, { empty: t('none'), class: 'cards' }),
    pager({ ...page, shown: page.items.length, label: t('pages'), previous: t('previous'), next: t('next'),
      href: (offset) => { params.set('offset', offset); return `?${params}`; } }));
}

/** A question in a list: title, state, codes and tags. */
export function item(question) {
  return h('li', { class: 'card' },
    h('h2', {}, h('a', { href: address(SCREEN, { id: question.id }) }, question.title)),
    h('p', { class: 'meta' }, [state(question), t('answers', { count: question.answerCount }),
      question.region?.label, ...question.fields.map((f) => f.label), ...question.services.map((s) => s.label)]
      .filter(Boolean).join(' · ')),
    question.tags.length ? h('p', { class: 'meta' }, `${t('tags')}: ${question.tags.join(', ')}`) : null);
}

function state(question) {
  if (question.acceptedAnswerId) return t('solved');
  return question.escalated ? t('escalated') : t('open');
}

/** One question; `box` holds the outcome of the last action and stays while the question is drawn again. */
async function one(main, portal, id, box = h('div')) {
  const question = await api.get(`${API}/questions/${encodeURIComponent(id)}`);
  const redraw = () => one(main, portal, id, box);
  const post = (path, body, done) => () => act(() => api.send('POST', `${API}/${path}`, body), { box, done, redraw });
  const answerView = (a) => h('li', { class: 'card', 'data-answer': a.id },
    a.accepted ? h('p', {}, badge('answer', 'accepted', t('accepted'))) : null,
    safeContent(a.bodyHtml),
    h('p', { class: 'meta' }, `${a.authorName} · ${formatDateTime(a.createdAt)} · ${t('score', { n: a.score })}`),
    h('p', { class: 'actions' },
      a.mine ? null : h('button', { type: 'button', class: 'button', 'aria-pressed': String(a.myVote === 1),
        onclick: post(`answers/${a.id}/vote`, { value: 1 }, t('voted')) }, t('up')),
      a.mine ? null : h('button', { type: 'button', class: 'button', 'aria-pressed': String(a.myVote === -1),
        onclick: post(`answers/${a.id}/vote`, { value: -1 }, t('voted')) }, t('down')),
      question.mine && !a.accepted ? h('button', { type: 'button', class: 'button', 'data-action': 'accept',
        onclick: post(`questions/${question.id}/accept`, { answerId: a.id }, t('acceptedDone')) }, t('accept'))
        : null,
      has(portal, 'coordinator') && (a.mine || question.mine) ? h('button', { type: 'button', class: 'button',
        onclick: () => draft(a, portal, box) }, t('caseDraft')) : null));
  replace(main, h('h1', {}, question.title), box,
    h('p', { class: 'meta' }, [state(question), question.askerName, formatDateTime(question.createdAt)].join(' · ')),
    safeContent(question.bodyHtml),
    h('p', { class: 'meta' }, [question.region?.label, ...question.fields.map((f) => f.label),
      ...question.services.map((s) => s.label), ...question.tags].filter(Boolean).join(' · ')),
    question.expertsAsked ? h('p', { class: 'meta' }, t('expertsAsked', { count: question.expertsAsked })) : null,
    h('h2', {}, t('answers', { count: question.answerCount })),
    listOf(question.answers, answerView, { empty: t('noAnswers'), class: 'cards' }),
    has(portal, 'coordinator', 'secretariat', 'steering-agency') ? answerForm(question, redraw) : null,
    h('p', {}, h('a', { href: SCREEN }, t('back'))));
}

function answerForm(question, redraw) {
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    field({ id: 'answer-body', label: t('yourAnswer'), hint: t('markdown'), required: true,
      control: h('textarea', { name: 'body', rows: 6 }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('send'))));
  return h('section', {}, h('h2', {}, t('answerTitle')), form);

  async function send(event) {
    event.preventDefault();
    clearErrors(form);
    try {
      await api.send('POST', `${API}/questions/${question.id}/answers`, { body: form.elements.body.value });
      await redraw();
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}

/** Writes a case draft from an answer and opens it for editing. */
async function draft(answer, portal, box) {
  try {
    const created = await api.send('POST', `${API}/answers/${answer.id}/case-draft`);
    portal.navigate(address('/p/coordinators/cases', { id: created.id, edit: '' }));
  } catch (failure) {
    showProblem(box, failure);
  }
}

async function ask(main, portal) {
  const [lists, regions] = await Promise.all([closedLists(), referenceList('regions')]);
  const boxes = (name, items) => choices({ id: `ask-${name}`, legend: t(name), name, type: 'checkbox',
    items: items.map((x) => [x.code, x.label]), checked: [] });
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    field({ id: 'ask-title', label: t('questionTitle'), required: true,
      control: h('input', { name: 'title', maxlength: 200 }) }),
    field({ id: 'ask-body', label: t('body'), hint: t('markdown'), required: true,
      control: h('textarea', { name: 'body', rows: 8 }) }),
    boxes('fields', lists.fields), boxes('services', lists.services),
    field({ id: 'ask-region', label: t('region'), control: selectOf('region',
      regions.items.map(([code, label]) => ({ code, label }))) }),
    field({ id: 'ask-tags', label: t('tagsHint'), control: h('input', { name: 'tags' }) }),
    choices({ id: 'ask-experts', legend: t('experts'), name: 'askExperts', type: 'checkbox',
      items: [['true', t('askExperts')]], checked: ['true'] }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('send'))));
  replace(main, h('h1', {}, t('ask')), form);

  async function send(event) {
    event.preventDefault();
    clearErrors(form);
    const checked = (name) => checkedValues(form, name);
    try {
      const asked = await api.send('POST', `${API}/questions`, {
        title: form.elements.title.value, body: form.elements.body.value, fields: checked('fields'),
        services: checked('services'), region: form.elements.region.value || null,
        tags: tagsOf(form.elements.tags.value),
        askExperts: checked('askExperts').length > 0,
      });
      portal.navigate(address(SCREEN, { id: asked.id }));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
