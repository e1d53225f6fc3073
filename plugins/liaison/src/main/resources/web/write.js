/**
 * Writing an opportunity as its intermediary (`?id=` rewrites a draft or a returned one): the company, which only
 * the intermediary ever reads; the texts in the language chosen (the other language optional); the closed lists;
 * countries as ISO codes; and beside each part who may read it (public, partners, network, intermediary only).
 */
import {
  h, replace, api, catalogue, field, choices, bilingual, showErrors, clearErrors, address,
} from '/assets/kit/1/index.js';
import { API, SCREEN, closedLists, selectOf } from './common.js';

const t = await catalogue(import.meta.url, 'write');
const PARTS = ['summary', 'description', 'innovation', 'stage', 'ipr', 'partner', 'keywords', 'deadline'];
const TEXTS = { summary: 300, description: 4000, innovation: 2000 };

export async function render(main, portal) {
  const lists = await closedLists();
  const id = portal.query.get('id');
  const o = id ? await api.get(`${API}/opportunities/${encodeURIComponent(id)}`) : null;
  const value = (path, fallback = '') => path.split('.').reduce((v, key) => v?.[key], o) ?? fallback;
  const visibility = (part) => h('select', { name: `visibility.${part}`, 'aria-label': t('visibilityOf',
    { part: t(`part.${part}`) }) }, ...lists.visibilities.map((v) => h('option', { value: v.code,
    selected: v.code === value(`visibility.${part}.code`, part === 'ipr' || part === 'description'
      || part === 'innovation' ? 'partners' : 'public') }, v.label)));
  const withVisibility = (part, ...controls) => h('fieldset', { class: 'part', 'data-path': part },
    h('legend', {}, t(`part.${part}`)), ...controls, field({ id: `write-vis-${part}`, label: t('whoReads'),
      control: visibility(part) }));
  const texts = (part) => bilingual({ id: `write-${part}`, name: (lang) => `${part}.${lang}`,
    label: (lang) => t(`in.${lang}`), value: (lang) => value(`${part}.${lang}`),
    control: () => (part === 'summary' ? h('input', { maxlength: TEXTS[part] })
      : h('textarea', { rows: 5, maxlength: TEXTS[part] })) });
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: save },
    h('div', { class: 'form-errors' }),
    field({ id: 'write-kind', label: t('kind'), required: true,
      control: selectOf('kind', lists.kinds, value('kind.code'), null) }),
    field({ id: 'write-call', label: t('callName'), hint: t('callHint'),
      control: h('input', { name: 'callName', maxlength: 200, value: value('callName') }) }),
    h('fieldset', { 'data-path': 'company' }, h('legend', {}, t('company')),
      h('p', { class: 'meta' }, t('companyOnly')),
      field({ id: 'write-company', label: t('companyName'), required: true,
        control: h('input', { name: 'company.name', maxlength: 200, value: value('company.name') }) }),
      field({ id: 'write-contact', label: t('companyContact'), required: true,
        control: h('input', { name: 'company.contact', maxlength: 400, value: value('company.contact') }) })),
    choices({ id: 'write-language', legend: t('language'), name: 'language', required: true,
      items: lists.languages.map((l) => [l.code, l.label]), checked: [value('language', 'en')] }),
    withVisibility('summary', texts('summary')),
    withVisibility('description', texts('description')),
    withVisibility('innovation', texts('innovation')),
    withVisibility('stage', field({ id: 'write-stage', label: t('part.stage'), required: true,
      control: selectOf('stage', lists.stages, value('stage.code'), null) })),
    withVisibility('ipr', field({ id: 'write-ipr', label: t('part.ipr'), required: true,
      control: selectOf('ipr', lists.iprs, value('ipr.code'), null) })),
    withVisibility('partner',
      field({ id: 'write-partner-type', label: t('partnerType'), required: true,
        control: selectOf('partner.type', lists.partnerTypes, value('partner.type.code'), null) }),
      field({ id: 'write-partner-role', label: t('partnerRole'), required: true,
        control: h('textarea', { name: 'partner.role', rows: 3, maxlength: 1000, value: value('partner.role') }) })),
    choices({ id: 'write-fields', legend: t('fields'), name: 'fields', type: 'checkbox', required: true,
      items: lists.fields.map((f) => [f.code, f.label]), checked: (o?.fields ?? []).map((f) => f.code) }),
    field({ id: 'write-countries', label: t('countries'), hint: t('countriesHint'), required: true,
      control: h('input', { name: 'countries', value: (o?.countries ?? []).map((c) => c.code).join(', ') }) }),
    withVisibility('keywords', field({ id: 'write-keywords', label: t('part.keywords'), hint: t('keywordsHint'),
      control: h('input', { name: 'keywords', value: (o?.keywords ?? []).join(', ') }) })),
    withVisibility('deadline', field({ id: 'write-deadline', label: t('part.deadline'),
      control: h('input', { name: 'deadline', type: 'date', value: value('deadline') }) })),
    field({ id: 'write-expires', label: t('expires'), hint: t('expiresHint'),
      control: h('input', { name: 'expires', type: 'date', value: value('expires') }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t(o ? 'saveChanges' : 'saveDraft'))));
  replace(main, h('h1', {}, t(o ? 'editTitle' : 'title')), h('p', { class: 'lead' }, t('lead')), form);

  async function save(event) {
    event.preventDefault();
    clearErrors(form);
    const get = (name) => form.elements[name]?.value?.trim() || null;
    const list = (name) => (get(name) ?? '').split(/[,、，]/).map((v) => v.trim()).filter(Boolean);
    const pair = (part) => ({ ja: get(`${part}.ja`), en: get(`${part}.en`) });
    const body = {
      kind: get('kind'), callName: get('callName'),
      company: { name: get('company.name') ?? '', contact: get('company.contact') ?? '' },
      language: form.querySelector('input[name="language"]:checked')?.value ?? null,
      summary: pair('summary'), description: pair('description'), innovation: pair('innovation'),
      stage: get('stage'), ipr: get('ipr'), partner: { type: get('partner.type'), role: get('partner.role') ?? '' },
      fields: [...form.querySelectorAll('input[name="fields"]:checked')].map((box) => box.value),
      countries: list('countries'), keywords: list('keywords'), deadline: get('deadline'), expires: get('expires'),
      visibility: Object.fromEntries(PARTS.map((part) => [part, get(`visibility.${part}`)])),
    };
    try {
      const saved = o ? await api.send('PUT', `${API}/opportunities/${o.id}`, body)
        : await api.send('POST', `${API}/opportunities`, body);
      portal.navigate(address(SCREEN, { id: saved.id }));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
