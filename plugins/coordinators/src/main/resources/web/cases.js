/**
 * The case knowledge base: published cases by words and filters, one case (`?id=`) with its workflow (submit for
 * review, approve, return), a coordinator's drafts and a form for a new case (`?new`) or a draft (`?id=&edit`).
 */
import {
  h, replace, api, catalogue, field, choices, listOf, showErrors, clearErrors, safeContent, notify, pick, reference,
} from '/assets/kit/1/index.js';
import { API, closedLists, selectOf, checkedValues, tagsOf } from './common.js';

const t = await catalogue(import.meta.url, 'cases');

export async function render(main, portal) {
  if (portal.query.get('id')) return one(main, portal, portal.query.get('id'));
  if (portal.query.has('new')) return write(main, portal);
  const lists = await closedLists();
  const params = new URLSearchParams();
  ['q', 'outcome', 'factor'].forEach((n) => portal.query.get(n) && params.set(n, portal.query.get(n)));
  const page = await api.get(`${API}/cases?${params}`);
  const coordinator = portal.user?.roles?.includes('coordinator');
  const mine = coordinator ? await api.get(`${API}/cases/mine`) : [];
  const item = (c) => h('li', { class: 'card' },
    h('h2', {}, h('a', { href: `/p/coordinators/cases?id=${c.id}` }, c.title)),
    h('p', { class: 'meta' }, [c.status.label, c.company.industry.label, c.company.region.label,
      ...c.outcomes.map((o) => o.label)].join(' · ')));
  replace(main, h('h1', {}, t('title')),
    h('form', { class: 'filters', method: 'get', action: '/p/coordinators/cases' },
      field({ id: 'cases-q', label: t('words'), control: h('input', { name: 'q', type: 'search',
        value: portal.query.get('q') || '' }) }),
      field({ id: 'cases-outcome', label: t('outcome'), control: selectOf('outcome', lists.outcomes,
        portal.query.get('outcome') || '') }),
      field({ id: 'cases-factor', label: t('factor'), control: selectOf('factor', lists.factors,
        portal.query.get('factor') || '') }),
      h('p', {}, h('button', { type: 'submit', class: 'button' }, t('search')))),
    listOf(page.items, item, { empty: t('none'), class: 'cards' }),
    coordinator ? h('section', {}, h('h2', {}, t('mine')), listOf(mine, item, { empty: t('noDrafts'), class: 'cards' }),
      h('p', {}, h('a', { class: 'button', href: '/p/coordinators/cases?new' }, t('new')))) : null);
}

async function one(main, portal, id) {
  const c = await api.get(`${API}/cases/${encodeURIComponent(id)}`);
  const box = h('div');
  const act = (path, body) => async () => {
    try {
      await api.send('POST', `${API}/cases/${c.id}/${path}`, body ? body() : undefined);
      await one(main, portal, id);
    } catch (failure) {
      if (!failure.status) throw failure;
      notify(box, Object.values(failure.errors)[0] ?? failure.message, { error: true });
    }
  };
  const actions = [];
  if (c.mine === 'author' && c.status.code === 'draft') {
    if (portal.query.has('edit')) return write(main, portal, c);
    const reviewers = await api.get(`${API}/reviewers`);
    const select = h('select', { name: 'reviewerId' },
      ...reviewers.map((r) => h('option', { value: r.userId }, r.name)));
    actions.push(h('p', {}, h('a', { href: `/p/coordinators/cases?id=${c.id}&edit` }, t('edit'))),
      field({ id: 'case-reviewer', label: t('reviewer'), control: select }),
      h('button', { class: 'button', type: 'button', 'data-action': 'submit',
        onclick: act('submit', () => ({ reviewerId: select.value })) }, t('submit')));
  }
  if (c.mine === 'reviewer' && c.status.code === 'in-review') {
    const comment = h('textarea', { name: 'comment' });
    actions.push(h('button', { class: 'button', type: 'button', 'data-action': 'approve', onclick: act('approve') },
      t('approve')),
      field({ id: 'case-comment', label: t('comment'), control: comment }),
      h('button', { class: 'button', type: 'button', 'data-action': 'return',
        onclick: act('return', () => ({ comment: comment.value })) }, t('return')));
  }
  replace(main, h('h1', {}, c.title), box,
    h('p', { class: 'meta' }, [c.status.label, c.audience.label, c.language.label].join(' · ')),
    h('dl', {},
      h('dt', {}, t('company')), h('dd', {}, [c.company.name, c.company.size.label, c.company.industry.label,
        c.company.region.label].filter(Boolean).join(' · ')),
      h('dt', {}, t('challenge')), h('dd', {}, c.challenge),
      h('dt', {}, t('approach')), h('dd', {}, safeContent(c.approachHtml)),
      h('dt', {}, t('partners')), h('dd', {}, c.partners.map((p) => [p.kind.label, p.name].filter(Boolean)
        .join(': ')).join(', ') || '—'),
      h('dt', {}, t('outcome')), h('dd', {}, c.outcomes.map((o) => o.label).join(', ')),
      h('dt', {}, t('lessons')), h('dd', {}, c.lessons),
      h('dt', {}, t('factor')), h('dd', {}, c.factors.map((f) => f.label).join(', ') || '—'),
      c.author ? h('dt', {}, t('author')) : null, c.author ? h('dd', {}, c.author.name) : null,
      c.reviewComment ? h('dt', {}, t('comment')) : null, c.reviewComment ? h('dd', {}, c.reviewComment) : null),
    h('div', { class: 'stack' }, ...actions));
}

/**
 * A new case, or (`c` given) its author's draft to edit. A new case may start from a draft another screen handed over
 * (`?new&draft=handed`, see {@link handedDraft}), e.g. the inquiry desk's anonymised resolved inquiry.
 */
async function write(main, portal, c) {
  const [lists, ref] = await Promise.all([closedLists(), reference()]);
  const handed = !c && portal.query.get('draft') === 'handed' ? handedDraft() : null;
  const d = c ?? handed;
  const codes = (items) => (items || []).map((x) => x.code);
  const text = (name, value, long) => field({ id: `case-${name}`, label: t(name.replace('company.', '')),
    required: true, control: h(long ? 'textarea' : 'input', { name, value: value ?? '' }, long ? value ?? '' : null) });
  const pickOne = (name, items, chosen) => field({ id: `case-${name}`, label: t(name.replace('company.', '')),
    required: true, control: h('select', { name },
      ...items.map((x) => h('option', { value: x.code, selected: x.code === chosen }, x.label))) });
  const boxes = (name, items, checked) => choices({ id: `case-${name}`, legend: t(name), name, type: 'checkbox',
    items: items.map((x) => [x.code, x.label]), checked });
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    pickOne('language', lists.caseLanguages, d?.language?.code), text('title', d?.title),
    text('challenge', d?.challenge, true),
    pickOne('company.size', lists.companySizes, d?.company?.size?.code),
    pickOne('company.industry', lists.industries, d?.company?.industry?.code),
    pickOne('company.region', ref.regions.map((r) => ({ code: r.code, label: pick(r) })), d?.company?.region?.code),
    field({ id: 'case-company-name', label: t('companyName'),
      control: h('input', { name: 'company.name', value: d?.company?.name ?? '' }) }),
    text('approach', d?.approach, true),
    boxes('partners', lists.partnerKinds, (d?.partners || []).map((p) => p.kind.code)),
    boxes('programmes', lists.programmes, codes(d?.programmes)),
    boxes('outcomes', lists.outcomes, codes(d?.outcomes)), text('lessons', d?.lessons, true),
    boxes('factors', lists.factors, codes(d?.factors)),
    field({ id: 'case-tags', label: t('tags'),
      control: h('input', { name: 'tags', value: (d?.tags || []).join(', ') }) }),
    pickOne('audience', lists.audiences, d?.audience?.code),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('save'))));
  replace(main, h('h1', {}, c ? c.title : t('new')),
    handed ? h('p', { class: 'notice', role: 'status' }, t('handed')) : null, form);

  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    const v = (name) => form.elements[name].value;
    const checked = (name) => checkedValues(form, name);
    const named = new Map((c?.partners || []).map((p) => [p.kind.code, p.name]));
    try {
      const saved = await api.send(c ? 'PUT' : 'POST', c ? `${API}/cases/${c.id}` : `${API}/cases`, {
        language: v('language'), title: v('title'), challenge: v('challenge'),
        company: { size: v('company.size'), industry: v('company.industry'), region: v('company.region'),
          name: v('company.name') || null },
        approach: v('approach'), partners: checked('partners').map((kind) => ({ kind, name: named.get(kind) ?? null })),
        programmes: checked('programmes'), outcomes: checked('outcomes'), lessons: v('lessons'),
        factors: checked('factors'), tags: tagsOf(v('tags')),
        audience: v('audience'),
      });
      portal.navigate(`/p/coordinators/cases?id=${saved.id}`);
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}

/** The key under which another screen hands a new case its starting point, in this tab's session storage. */
export const HANDED_DRAFT = 'coordinators:case-draft';

/**
 * @returns {object|null} the draft another screen handed over (once: it is removed when read), shaped as a case:
 *   `{language: {code}, title, challenge, approach, company: {region: {code}}}`, or null when there is none
 */
function handedDraft() {
  const text = sessionStorage.getItem(HANDED_DRAFT);
  sessionStorage.removeItem(HANDED_DRAFT);
  if (!text) return null;
  const draft = JSON.parse(text);
  return { language: { code: draft.language }, title: draft.title, challenge: draft.challenge,
    approach: draft.approach, company: { region: { code: draft.region } } };
}
