import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { formatDateTime } from '../../core/format.js';
import { clearErrors, showErrors } from '../../core/forms.js';
import { fact, announce, valueOf } from './membership-shared.js';

/**
 * Member organizations' requests to log in through their own identity provider: those waiting for a decision
 * first, each with what the organization asked for and a decision (approve, or reject with a reason the
 * organization's administrator is told); then those decided, with who decided and when. An approved request is
 * configured in Keycloak by the identity sync, which the status then says.
 */
export async function render(main) {
  await requireRole('secretariat');
  await show(main, null);
}

async function show(main, notice) {
  const requests = await get('/api/identity/provider-requests');
  const names = await organizationNames([...new Set(requests.map((r) => r.organizationId))]);
  const waiting = requests.filter((r) => r.status === 'REQUESTED');
  const decided = requests.filter((r) => r.status !== 'REQUESTED');
  const redo = (message) => show(main, message);
  replace(main,
    h('h1', {}, t('adminMembership.providers.title')),
    h('p', { class: 'lead' }, t('adminMembership.providers.lead')),
    h('section', { 'aria-labelledby': 'waiting-heading' },
      h('h2', { id: 'waiting-heading' }, t('adminMembership.providers.waiting')),
      waiting.length === 0 ? h('p', {}, t('adminMembership.providers.noneWaiting'))
        : h('ul', { class: 'results' }, waiting.map((r) => card(r, names, redo)))),
    h('section', { 'aria-labelledby': 'decided-heading' },
      h('h2', { id: 'decided-heading' }, t('adminMembership.providers.decided')),
      decided.length === 0 ? h('p', {}, t('adminMembership.providers.noneDecided'))
        : h('ul', { class: 'results' }, decided.map((r) => card(r, names, redo)))));
  announce(main, notice);
}

/** The organizations' names, by alias; an organization that cannot be read keeps its alias. */
async function organizationNames(ids) {
  const entries = await Promise.all(ids.map(async (id) => {
    try {
      const o = await get(`/api/organizations/${encodeURIComponent(id)}`);
      return [id, language() === 'ja' ? o.profile.nameJa : o.profile.nameEn || o.profile.nameJa];
    } catch {
      return [id, id];
    }
  }));
  return Object.fromEntries(entries);
}

function card(request, names, redo) {
  const headingId = `request-${request.id}`;
  return h('li', { class: 'card membership-request', 'data-request': String(request.id) },
    h('h3', { id: headingId },
      h('a', { href: `/admin/organizations/${encodeURIComponent(request.organizationId)}` },
        names[request.organizationId] ?? request.organizationId)),
    h('p', {}, h('span', { class: `state membership-request-${request.status.toLowerCase()}` },
      t(`adminMembership.providers.status.${request.status}`))),
    h('dl', { class: 'membership-facts' },
      fact(t('adminMembership.providers.domain'), request.domain),
      fact(t('adminMembership.providers.protocol'), request.protocol.toUpperCase()),
      fact(t('adminMembership.providers.discoveryUrl'), h('span', { class: 'membership-url' }, request.discoveryUrl)),
      fact(t('adminMembership.providers.clientId'), request.clientId),
      fact(t('adminMembership.providers.alias'), request.alias),
      fact(t('adminMembership.providers.requested'), `${request.requestedBy} · ${formatDateTime(request.requestedAt)}`),
      request.decidedAt ? fact(t('adminMembership.providers.decidedBy'),
        `${request.decidedBy} · ${formatDateTime(request.decidedAt)}`) : null,
      request.reason ? fact(t('adminMembership.providers.reason'), request.reason) : null),
    request.status === 'REQUESTED' ? decision(request, headingId, names, redo) : null);
}

function decision(request, headingId, names, redo) {
  const name = names[request.organizationId] ?? request.organizationId;
  const id = `reason-${request.id}`;
  const decide = async (form, approved) => {
    clearErrors(form);
    const reason = valueOf(form, 'reason');
    if (!approved && !reason) {
      showErrors(form, { status: 400, errors: { reason: t('adminMembership.providers.reasonRequired') } });
      return;
    }
    try {
      await send('POST', `/api/identity/provider-requests/${request.id}/decision`, { approved, reason });
      await redo(t(approved ? 'adminMembership.providers.approved' : 'adminMembership.providers.rejected', { name }));
    } catch (error) {
      showErrors(form, error);
    }
  };
  const form = h('form', {
    class: 'stack', novalidate: true, 'aria-labelledby': headingId,
    onsubmit: (event) => {
      event.preventDefault();
      decide(form, event.submitter?.value === 'approve');
    },
  },
  h('label', { for: id }, t('adminMembership.providers.reasonLabel')),
  h('p', { class: 'meta', id: `${id}-hint` }, t('adminMembership.providers.reasonHint')),
  h('textarea', { id, name: 'reason', rows: 3, maxlength: 1000, 'aria-describedby': `${id}-hint` }),
  h('p', { class: 'membership-buttons' },
    h('button', { type: 'submit', class: 'button', name: 'decision', value: 'approve', 'aria-describedby': headingId },
      t('adminMembership.providers.approve')),
    h('button', {
      type: 'submit', class: 'button membership-danger-button', name: 'decision', value: 'reject', 'aria-describedby': headingId,
    },
      t('adminMembership.providers.reject'))));
  return form;
}
