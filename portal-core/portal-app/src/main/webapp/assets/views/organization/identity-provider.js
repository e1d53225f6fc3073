import { showErrors, clearErrors } from '../../core/forms.js';
import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { get, send, ApiError } from '../../core/api.js';
import { requireOrganizationAdmin } from '../../core/session.js';
import { formatDateTime } from '../../core/format.js';
import { textField, statusLine } from './form-parts.js';

/**
 * A member administrator asks for their organization's own identity provider (OpenID Connect; SAML is not offered
 * yet), so that colleagues log in with their organization's accounts, and follows the requests. The client secret
 * goes to the server once and is never shown again.
 */
export async function render(main, context) {
  const user = await requireOrganizationAdmin();
  const path = `/api/organizations/${encodeURIComponent(user.organization)}/identity-provider-requests`;
  const requests = await get(path);
  const status = statusLine();
  const form = h('form', { class: 'stack', novalidate: true, autocomplete: 'off', onsubmit: (event) => request(event, main, path, context, status) },
    h('div', { class: 'form-errors' }),
    h('p', { class: 'meta' }, t('apply.requiredNote')),
    h('p', {}, t('orgAdmin.idp.protocol')),
    textField('discoveryUrl', t('orgAdmin.idp.discoveryUrl'), { type: 'url', required: true, hint: t('orgAdmin.idp.discoveryUrl.hint') }),
    textField('clientId', t('orgAdmin.idp.clientId'), { required: true, hint: t('orgAdmin.idp.clientId.hint') }),
    textField('clientSecret', t('orgAdmin.idp.clientSecret'), { type: 'password', required: true, autocomplete: 'new-password', hint: t('orgAdmin.idp.clientSecret.hint') }),
    textField('domain', t('orgAdmin.idp.domain'), { required: true, hint: t('orgAdmin.idp.domain.hint') }),
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('orgAdmin.idp.send'))),
    status);

  replace(main,
    h('h1', {}, t('orgAdmin.idp.title')),
    h('p', { class: 'lead' }, t('orgAdmin.idp.lead')),
    h('section', { 'aria-labelledby': 'idp-list-heading' },
      h('h2', { id: 'idp-list-heading' }, t('orgAdmin.idp.list')),
      requests.length === 0 ? h('p', {}, t('orgAdmin.idp.none')) : h('table', { class: 'idp-requests' },
        h('caption', { class: 'visually-hidden' }, t('orgAdmin.idp.list')),
        h('thead', {}, h('tr', {}, ['orgAdmin.idp.domain', 'orgAdmin.idp.discoveryUrl', 'orgAdmin.idp.clientId',
          'orgAdmin.idp.status', 'orgAdmin.idp.requested'].map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, requests.map((r) => h('tr', { 'data-request': r.id },
          h('th', { scope: 'row' }, r.domain),
          h('td', { class: 'break' }, r.discoveryUrl),
          h('td', { class: 'break' }, r.clientId),
          h('td', {},
            h('span', { class: `state state-${r.status.toLowerCase()}` }, t(`orgAdmin.idp.status.${r.status}`)),
            r.reason ? h('p', { class: 'pre-line' }, t('orgAdmin.idp.reason'), ' ', r.reason) : null,
            r.decidedAt ? h('p', { class: 'meta' }, formatDateTime(r.decidedAt)) : null),
          h('td', {}, formatDateTime(r.requestedAt), h('p', { class: 'meta' }, r.requestedBy))))))),
    h('section', { 'aria-labelledby': 'idp-new-heading' },
      h('h2', { id: 'idp-new-heading' }, t('orgAdmin.idp.new')),
      form));
}

async function request(event, main, path, context, status) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const field = (name) => form.elements.namedItem(name).value.trim();
  const secret = form.elements.namedItem('clientSecret');
  try {
    await send('POST', path, {
      protocol: 'oidc', discoveryUrl: field('discoveryUrl'), clientId: field('clientId'),
      clientSecret: secret.value, domain: field('domain'),
    });
    await render(main, context);
    const said = h('p', { tabindex: '-1' }, t('orgAdmin.idp.sent'));
    main.querySelector('.form-status').append(said);
    said.focus();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showErrors(form, error, { byStatus: { 409: t('orgAdmin.idp.conflict') } });
  }
}
