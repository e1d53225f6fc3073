/**
 * The pipeline: the expressions of interest the reader made, and those in their organization's opportunities, which
 * its people take on step by step (introduce or decline, meeting, negotiation, agreement with its kind, or close).
 */
import {
  h, replace, api, catalogue, field, listOf, badge, formatDateTime, showErrors, clearErrors, notify, address,
} from '/assets/kit/1/index.js';
import { API, SCREEN, closedLists, selectOf } from './common.js';

const t = await catalogue(import.meta.url, 'pipeline');

export async function render(main, portal, done) {
  const [interests, lists] = await Promise.all([api.get(`${API}/interests`), closedLists()]);
  const box = h('div');
  const redraw = (message) => render(main, portal, message);
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), box,
    listOf(interests, (interest) => h('li', { class: 'card', 'data-interest': interest.id },
      h('h2', {}, h('a', { href: address(SCREEN, { id: interest.opportunityId }) }, interest.summary)),
      h('p', {}, badge('interest', interest.status.code, interest.status.label),
        interest.agreement ? ` ${interest.agreement.label}` : ''),
      h('dl', {}, h('dt', {}, t('who')), h('dd', {}, interest.who),
        h('dt', {}, t('capability')), h('dd', {}, interest.capability),
        h('dt', {}, t('why')), h('dd', {}, interest.why),
        interest.note ? [h('dt', {}, t('note')), h('dd', {}, interest.note)] : null),
      h('p', { class: 'meta' }, `${interest.authorName} · ${formatDateTime(interest.createdAt)}`),
      interest.steps.length ? stepForm(interest, lists, redraw) : null),
    { empty: t('none'), class: 'cards', label: t('title') }));
  if (done) notify(box, done);
}

function stepForm(interest, lists, redraw) {
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    field({ id: `step-${interest.id}`, label: t('step'), required: true,
      control: selectOf('step', interest.steps, '', null) }),
    field({ id: `agreement-${interest.id}`, label: t('agreement'), hint: t('agreementHint'),
      control: selectOf('agreement', lists.agreements) }),
    field({ id: `note-${interest.id}`, label: t('noteToThem'), control: h('textarea', { name: 'note', rows: 2 }) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('take'))));
  return form;

  async function send(event) {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements[name].value.trim() || null;
    try {
      await api.send('POST', `${API}/interests/${interest.id}/steps`,
        { step: value('step'), agreement: value('agreement'), note: value('note') });
      await redraw(t('taken'));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
