/**
 * The case's routing: where it was routed and what each organization may do with its referral (accept, hand back,
 * assign), and the form that routes it (the secretariat) or refers it onward (a receiving organization), with the
 * routing rules' suggestion chosen beforehand.
 */
import { field, h, api, catalogue, organizationPicker, act, select } from '/assets/kit/1/index.js';
import { isSecretariat, organizationLabel } from './desk-parts.js';
import { API } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

const ACTIVE = new Set(['received', 'accepted', 'answered']);

/** @returns {boolean} whether the caller acts for the referral's organization */
function own(user, referral) {
  return Boolean(user?.organization) && user.organization === referral.organizationId;
}

/** @returns {Promise<HTMLElement>} the referrals, each with what the caller may do with it */
export async function referralsSection(ctx) {
  const { inquiry } = ctx;
  const items = await Promise.all(inquiry.referrals.map((referral) => referralItem(ctx, referral)));
  return h('section', { 'aria-labelledby': 'desk-referrals' },
    h('h2', { id: 'desk-referrals' }, t('routedTo')),
    items.length === 0 ? h('p', {}, t('none')) : h('ul', { class: 'desk-referrals' }, items));
}

async function referralItem(ctx, referral) {
  const { user, base, box, redraw, inquiry } = ctx;
  const path = `${base}/referrals/${encodeURIComponent(referral.organizationId)}`;
  const mine = own(user, referral);
  const open = ACTIVE.has(referral.status) && inquiry.status !== 'closed';
  const actions = [];
  if (open && mine && referral.status === 'received') {
    actions.push(h('button', { type: 'button', class: 'button', 'data-action': 'accept',
      onclick: () => act(() => api.send('POST', `${path}/accept`), { box, done: t('accepted'), redraw }) },
    t('accept')));
  }
  if (open && mine && referral.assigneeUserId !== user.userId) {
    actions.push(h('button', { type: 'button', class: 'button secondary', 'data-action': 'assign-self',
      onclick: () => act(() => api.send('PUT', `${path}/assignee`, { userId: user.userId }),
        { box, done: t('assigned', { name: user.displayName || user.username }), redraw }) }, t('assignSelf')));
  }
  const others = open && (isSecretariat(user) || (mine && user.roles.includes('member-admin')))
    ? await assignForm(ctx, referral, path) : null;
  if (open && mine) actions.push(handBackForm(ctx, referral, path));
  return h('li', { class: 'card desk-referral', 'data-organization': referral.organizationId },
    h('h3', {}, referral.organization),
    h('p', {}, h('span', { class: `desk-status desk-referral-${referral.status}` }, referral.statusLabel),
      ' — ', `${t('assignee')}: ${referral.assigneeName ?? t('unassigned')}`),
    referral.routedFrom ? h('p', { class: 'meta' }, t('routedFrom', { organization: referral.routedFrom })) : null,
    referral.note ? h('p', { class: 'meta desk-message-text' }, t('noteLabel', { note: referral.note })) : null,
    actions.length ? h('div', { class: 'desk-actions' }, actions) : null,
    others);
}

/** @returns {Promise<HTMLFormElement|null>} choosing any assignable person of the organization (null: none) */
async function assignForm({ box, redraw }, referral, path) {
  let people;
  try {
    people = await api.get(`${path}/assignable`);
  } catch {
    return null;
  }
  if (people.length === 0) return null;
  const id = `desk-assign-${referral.organizationId}`;
  const person = select({ name: 'userId', none: t('choosePerson'), selected: referral.assigneeUserId,
    items: people.map((p) => [p.userId, p.displayName || p.username]) });
  const form = h('form', { class: 'desk-inline', onsubmit: (event) => {
    event.preventDefault();
    if (!person.value) return;
    const name = person.selectedOptions[0].textContent;
    act(() => api.send('PUT', `${path}/assignee`, { userId: person.value }),
      { box, done: t('assigned', { name }), redraw, form });
  } },
  field({ id, label: `${t('assignOther')} (${referral.organization})`, control: person }),
  h('button', { type: 'submit', class: 'button secondary' }, t('assign')));
  return form;
}

/** @returns {HTMLElement} handing the referral back to the secretariat, with a reason, behind a disclosure */
function handBackForm({ box, redraw }, referral, path) {
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 2000 });
  const form = h('form', { class: 'desk-form', onsubmit: (event) => {
    event.preventDefault();
    act(() => api.send('POST', `${path}/hand-back`, { note: note.value.trim() || null }),
      { box, done: t('handedBack'), redraw, form });
  } },
  field({ id: `desk-hand-back-${referral.organizationId}`, label: t('handBackNote'), control: note }),
  h('button', { type: 'submit', class: 'button secondary', 'data-action': 'hand-back' }, t('handBack')));
  return h('details', { class: 'desk-details' }, h('summary', {}, t('handBack')), form);
}

/**
 * @returns {Promise<HTMLElement|null>} routing to organizations: for the secretariat, or onward for an organization
 *   that holds the case; the routing rules' suggestion chosen beforehand (those already holding it left out)
 */
export async function routeForm(ctx) {
  const { user, base, box, redraw, inquiry } = ctx;
  const holding = inquiry.referrals.filter((r) => ACTIVE.has(r.status));
  const onward = !isSecretariat(user) && holding.some((r) => own(user, r));
  if (inquiry.status === 'closed' || (!isSecretariat(user) && !onward)) return null;
  const held = new Set(holding.map((r) => r.organizationId));
  let suggestion = [];
  try {
    const found = await api.get(`${API}/routing-rules/suggestion?${new URLSearchParams({
      topic: inquiry.topic, region: inquiry.region })}`);
    suggestion = found.organizations ?? [];
  } catch {
    suggestion = [];
  }
  const picker = await organizationPicker({
    id: 'desk-route', name: 'organizations', legend: t('organizations'),
    chosen: new Map(suggestion.filter((o) => !held.has(o.id)).map((o) => [o.id, organizationLabel(o)])),
  });
  const note = h('textarea', { name: 'note', rows: 3, maxlength: 2000 });
  const form = h('form', { class: 'desk-form desk-route', onsubmit: (event) => {
    event.preventDefault();
    act(() => api.send('POST', `${base}/referrals`, { organizations: picker.chosen(),
      note: note.value.trim() || null }), { box, done: t('routed'), redraw, form });
  } },
  h('p', { class: 'meta', 'data-suggestion': suggestion.map((o) => o.id).join(' ') }, suggestion.length
    ? t('suggested', { names: suggestion.map((o) => organizationLabel(o)).join('、') })
    : t('noSuggestion')),
  picker.element,
  field({ id: 'desk-route-note', label: t('routeNote'), control: note }),
  h('button', { type: 'submit', class: 'button', 'data-action': 'route' }, t('route')));
  return h('section', { 'aria-labelledby': 'desk-route-heading' },
    h('h2', { id: 'desk-route-heading' }, onward ? t('routeOnward') : t('routeTitle')), form);
}
