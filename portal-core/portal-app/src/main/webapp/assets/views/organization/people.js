import { showErrors, clearErrors, summaryFor } from '../../core/forms.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { get, send, ApiError } from '../../core/api.js';
import { requireOrganizationAdmin } from '../../core/session.js';
import { textField, statusLine } from './form-parts.js';

/** The roles of an organization's people, in the order they are shown. */
const ROLES = ['member-admin', 'member-staff', 'coordinator'];
/** What an organization's administrators may give and take (the API decides; it refuses others with 400). */
const GRANTABLE = ['member-staff', 'coordinator'];

/**
 * A member administrator's colleagues in their organization, with their roles: invite a colleague by e-mail, give
 * or take away the roles an administrator may give, remove a colleague. Every change goes to Keycloak at once;
 * what the API refuses (403, 400, 409, 503) is said next to the change.
 */
export async function render(main, context) {
  const user = await requireOrganizationAdmin();
  const alias = user.organization;
  const path = `/api/organizations/${encodeURIComponent(alias)}/people`;
  const people = await get(path);
  const notice = h('div', { class: 'people-notice', role: 'status' });
  const refresh = async (message) => {
    await render(main, context);
    if (!message) return;
    const said = h('p', { tabindex: '-1' }, message);
    replace(main.querySelector('.people-notice'), said);
    said.focus();
  };

  const invite = h('form', { class: 'stack', novalidate: true, onsubmit: (event) => inviteColleague(event, path, refresh) },
    h('div', { class: 'form-errors' }),
    textField('email', t('orgAdmin.invite.email'), { type: 'email', required: true, autocomplete: 'off', hint: t('orgAdmin.invite.email.hint') }),
    language() === 'ja'
      ? [textField('lastName', t('orgAdmin.invite.lastName')), textField('firstName', t('orgAdmin.invite.firstName'))]
      : [textField('firstName', t('orgAdmin.invite.firstName')), textField('lastName', t('orgAdmin.invite.lastName'))],
    h('p', {}, h('button', { type: 'submit', class: 'button' }, t('orgAdmin.invite.send'))),
    statusLine());

  replace(main,
    h('h1', {}, t('orgAdmin.people.title')),
    h('p', { class: 'lead' }, t('orgAdmin.people.lead')),
    notice,
    h('section', { 'aria-labelledby': 'people-list-heading' },
      h('h2', { id: 'people-list-heading' }, t('orgAdmin.people.list')),
      h('p', { class: 'meta' }, t('orgAdmin.people.rolesNote')),
      people.length === 0 ? h('p', {}, t('orgAdmin.people.none')) : h('table', { class: 'people' },
        h('caption', { class: 'visually-hidden' }, t('orgAdmin.people.list')),
        h('thead', {}, h('tr', {}, ['orgAdmin.people.name', 'orgAdmin.people.email', 'orgAdmin.people.roles',
          'orgAdmin.people.actions'].map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, people.map((person) => row(person, user, path, refresh))))),
    h('section', { 'aria-labelledby': 'people-invite-heading' },
      h('h2', { id: 'people-invite-heading' }, t('orgAdmin.invite.title')),
      h('p', {}, t('orgAdmin.invite.lead')),
      invite));
}

/** Family name first in Japanese, given name first in English. */
function displayName(person) {
  const parts = language() === 'ja' ? [person.lastName, person.firstName] : [person.firstName, person.lastName];
  const name = parts.filter(Boolean).join(' ');
  return name || person.displayName || person.username;
}

function row(person, user, path, refresh) {
  const name = displayName(person);
  const self = person.userId === user.userId;
  const problem = h('div', { class: 'row-problem' });
  const base = `${path}/${encodeURIComponent(person.userId)}`;
  const act = async (method, url, done) => {
    replace(problem);
    try {
      await send(method, url);
      await refresh(done);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      replace(problem, h('p', { role: 'alert', class: 'field-error' }, explain(error)));
    }
  };
  return h('tr', { 'data-user': person.username },
    h('th', { scope: 'row' }, name, self ? h('span', { class: 'meta' }, ` (${t('orgAdmin.people.you')})`) : null,
      person.enabled ? null : h('p', { class: 'meta' }, t('orgAdmin.people.disabled'))),
    h('td', {}, person.email),
    h('td', {}, h('ul', { class: 'tags' }, ROLES.filter((r) => person.roles.includes(r))
      .map((r) => h('li', {}, t(`orgAdmin.role.${r}`))))),
    h('td', { class: 'actions' },
      GRANTABLE.map((role) => {
        const holds = person.roles.includes(role);
        const words = { name, role: t(`orgAdmin.role.${role}`) };
        return h('button', {
          type: 'button', class: 'link-button', 'data-role': role, 'data-action': holds ? 'revoke' : 'grant',
          onclick: () => act(holds ? 'DELETE' : 'PUT', `${base}/roles/${encodeURIComponent(role)}`,
            t(holds ? 'orgAdmin.people.revoked' : 'orgAdmin.people.granted', words)),
        }, t(holds ? 'orgAdmin.people.revoke' : 'orgAdmin.people.grant', words));
      }),
      self ? null : h('button', {
        type: 'button', class: 'link-button danger', 'data-action': 'remove',
        onclick: () => {
          if (!window.confirm(t('orgAdmin.people.confirmRemove', { name }))) return;
          act('DELETE', base, t('orgAdmin.people.removed', { name }));
        },
      }, t('orgAdmin.people.remove', { name })),
      problem));
}

function explain(error) {
  if (error.status === 403) return t('orgAdmin.error.forbidden');
  if (error.status === 400) return t('orgAdmin.error.role');
  if (error.status === 409) return t('orgAdmin.error.self');
  if (error.status === 404) return t('orgAdmin.error.gone');
  return summaryFor(error);
}

async function inviteColleague(event, path, refresh) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const email = form.elements.namedItem('email').value.trim();
  try {
    await send('POST', path, {
      email,
      firstName: form.elements.namedItem('firstName').value.trim(),
      lastName: form.elements.namedItem('lastName').value.trim(),
    });
    await refresh(t('orgAdmin.invite.sent', { email }));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showErrors(form, error, { byStatus: { 409: t('orgAdmin.invite.conflict') } });
  }
}
