/**
 * Follows: the reader's saved searches (kind, field, country) and followed opportunities, each to stop, and a form
 * to follow a search; new matching opportunities come by e-mail and on the home page.
 */
import {
  h, replace, api, catalogue, field, listOf, showErrors, clearErrors, notify, address,
} from '/assets/kit/1/index.js';
import { API, SCREEN, closedLists, selectOf } from './common.js';

const t = await catalogue(import.meta.url, 'follows');

export async function render(main, portal, done) {
  const [follows, lists] = await Promise.all([api.get(`${API}/follows`), closedLists()]);
  const box = h('div');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: follow },
    h('div', { class: 'form-errors' }),
    field({ id: 'follow-kind', label: t('kind'), control: selectOf('kind', lists.kinds) }),
    field({ id: 'follow-field', label: t('field'), control: selectOf('field', lists.fields) }),
    field({ id: 'follow-country', label: t('country'), control: selectOf('country', lists.countries) }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('follow'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), box,
    listOf(follows, (f) => h('li', { class: 'card', 'data-follow': f.id },
      h('p', {}, f.opportunityId ? h('a', { href: address(SCREEN, { id: f.opportunityId }) },
        f.summary ?? t('opportunity')) : [f.kind?.label, f.field?.label, f.country?.label].filter(Boolean)
        .join(' · ')),
      h('button', { type: 'button', class: 'button secondary', onclick: () => stop(f) }, t('stop'))),
    { empty: t('none'), class: 'cards', label: t('title') }),
    h('h2', {}, t('new')), form);
  if (done) notify(box, done);

  async function follow(event) {
    event.preventDefault();
    clearErrors(form);
    const value = (name) => form.elements[name].value || null;
    try {
      await api.send('POST', `${API}/follows`, { kind: value('kind'), field: value('field'),
        country: value('country') });
      await render(main, portal, t('followed'));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }

  async function stop(f) {
    await api.send('DELETE', `${API}/follows/${f.id}`);
    await render(main, portal, t('stopped'));
  }
}
