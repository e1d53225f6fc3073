/**
 * The public suggestion form, for visitors too: a suggestion to a member organization becomes one of its notes.
 * The form token comes with the empty form; the hidden `website` field is a honeypot people leave empty.
 */
import { h, replace, api, catalogue, field, honeypot, showErrors, clearErrors } from '/assets/kit/1/index.js';

const t = await catalogue(import.meta.url, 'suggest');

export async function render(main) {
  const { formToken } = await api.get('/api/plugins/contract/suggestion-form');
  const form = h('form', { class: 'stack', novalidate: true, onsubmit: send },
    h('div', { class: 'form-errors' }),
    field({ id: 'suggestion-organization', label: t('organization'), required: true,
      control: h('input', { name: 'organization', maxlength: 64 }) }),
    field({ id: 'suggestion-title', label: t('heading'), required: true,
      control: h('input', { name: 'title', maxlength: 180 }) }),
    field({ id: 'suggestion-body', label: t('body'), required: true, control: h('textarea', { name: 'body' }) }),
    honeypot({ id: 'suggestion-website', name: 'website' }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('send'))));
  replace(main, h('h1', {}, t('title')), h('p', { class: 'lead' }, t('lead')), form);

  async function send(event) {
    event.preventDefault();
    clearErrors(form);
    try {
      await api.send('POST', '/api/plugins/contract/suggestions', {
        organization: form.elements.organization.value, title: form.elements.title.value,
        body: form.elements.body.value, website: form.elements.website.value, formToken,
      });
      replace(main, h('h1', {}, t('title')), h('p', { role: 'status' }, t('thanks')));
    } catch (failure) {
      if (!failure.status) throw failure;
      showErrors(form, failure);
    }
  }
}
