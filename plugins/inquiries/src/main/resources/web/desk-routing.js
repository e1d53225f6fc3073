/**
 * The case's routing: where it was routed and what each organization may do with its referral (accept, hand back,
 * assign), and the form that routes it (the secretariat) or refers it onward (a receiving organization), with the
 * routing rules' suggestion chosen beforehand.
 */
import { act, API, field, isSecretariat, organizationLabel } from './desk-parts.js';

const ACTIVE = new Set(['received', 'accepted', 'answered']);

/** @returns {boolean} whether the caller acts for the referral's organization */
function own(portal, referral) {
  return Boolean(portal.user?.organization) && portal.user.organization === referral.organizationId;
}

/** @returns {Promise<HTMLElement>} the referrals, each with what the caller may do with it */
export async function referralsSection(ctx) {
  const { portal, text, inquiry } = ctx;
  const { h } = portal;
  const items = await Promise.all(inquiry.referrals.map((referral) => referralItem(ctx, referral)));
  return h('section', { 'aria-labelledby': 'desk-referrals' },
    h('h2', { id: 'desk-referrals' }, text.routedTo),
    items.length === 0 ? h('p', {}, text.none) : h('ul', { class: 'desk-referrals' }, items));
}

async function referralItem(ctx, referral) {
  const { portal, text, base, box, redraw, inquiry } = ctx;
  const { h, api } = portal;
  const path = `${base}/referrals/${encodeURIComponent(referral.organizationId)}`;
  const mine = own(portal, referral);
  const open = ACTIVE.has(referral.status) && inquiry.status !== 'closed';
  const actions = [];
  if (open && mine && referral.status === 'received') {
    actions.push(h('button', { type: 'button', class: 'button', 'data-action': 'accept',
      onclick: () => act(portal, () => api.send('POST', `${path}/accept`), { box, done: text.accepted, redraw }) },
    text.accept));
  }
  if (open && mine && referral.assigneeUserId !== portal.user.userId) {
    actions.push(h('button', { type: 'button', class: 'button secondary', 'data-action': 'assign-self',
      onclick: () => act(portal, () => api.send('PUT', `${path}/assignee`, { userId: portal.user.userId }),
        { box, done: text.assigned(portal.user.displayName || portal.user.username), redraw }) }, text.assignSelf));
  }
  const others = open && (isSecretariat(portal) || (mine && portal.user.roles.includes('member-admin')))
    ? await assignForm(ctx, referral, path) : null;
  if (open && mine) actions.push(handBackForm(ctx, referral, path));
  return h('li', { class: 'card desk-referral', 'data-organization': referral.organizationId },
    h('h3', {}, referral.organization),
    h('p', {}, h('span', { class: `desk-status desk-referral-${referral.status}` }, referral.statusLabel),
      ' — ', `${text.assignee}: ${referral.assigneeName ?? text.unassigned}`),
    referral.routedFrom ? h('p', { class: 'meta' }, text.routedFrom(referral.routedFrom)) : null,
    referral.note ? h('p', { class: 'meta desk-message-text' }, text.noteLabel(referral.note)) : null,
    actions.length ? h('div', { class: 'desk-actions' }, actions) : null,
    others);
}

/** @returns {Promise<HTMLFormElement|null>} choosing any assignable person of the organization (null: none) */
async function assignForm({ portal, text, box, redraw }, referral, path) {
  const { h, api } = portal;
  let people;
  try {
    people = await api.get(`${path}/assignable`);
  } catch {
    return null;
  }
  if (people.length === 0) return null;
  const id = `desk-assign-${referral.organizationId}`;
  const select = h('select', { name: 'userId' }, h('option', { value: '' }, text.choosePerson),
    people.map((p) => h('option', { value: p.userId, selected: p.userId === referral.assigneeUserId },
      p.displayName || p.username)));
  const form = h('form', { class: 'desk-inline', onsubmit: (event) => {
    event.preventDefault();
    if (!select.value) return;
    const name = select.selectedOptions[0].textContent;
    act(portal, () => api.send('PUT', `${path}/assignee`, { userId: select.value }),
      { box, done: text.assigned(name), redraw, form });
  } },
  field(portal, { id, label: `${text.assignOther} (${referral.organization})`, control: select }),
  h('button', { type: 'submit', class: 'button secondary' }, text.assign));
  return form;
}

/** @returns {HTMLElement} handing the referral back to the secretariat, with a reason, behind a disclosure */
function handBackForm({ portal, text, box, redraw }, referral, path) {
  const { h, api } = portal;
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 2000 });
  const form = h('form', { class: 'desk-form', onsubmit: (event) => {
    event.preventDefault();
    act(portal, () => api.send('POST', `${path}/hand-back`, { note: note.value.trim() || null }),
      { box, done: text.handedBack, redraw, form });
  } },
  field(portal, { id: `desk-hand-back-${referral.organizationId}`, label: text.handBackNote, control: note }),
  h('button', { type: 'submit', class: 'button secondary', 'data-action': 'hand-back' }, text.handBack));
  return h('details', { class: 'desk-details' }, h('summary', {}, text.handBack), form);
}

/**
 * @returns {Promise<HTMLElement|null>} routing to organizations: for the secretariat, or onward for an organization
 *   that holds the case; the routing rules' suggestion chosen beforehand (those already holding it left out)
 */
export async function routeForm(ctx) {
  const { portal, text, base, box, redraw, inquiry } = ctx;
  const { h, api } = portal;
  const holding = inquiry.referrals.filter((r) => ACTIVE.has(r.status));
  const onward = !isSecretariat(portal) && holding.some((r) => own(portal, r));
  if (inquiry.status === 'closed' || (!isSecretariat(portal) && !onward)) return null;
  const held = new Set(holding.map((r) => r.organizationId));
  let suggestion = [];
  try {
    const found = await api.get(`${API}/routing-rules/suggestion?${new URLSearchParams({
      topic: inquiry.topic, region: inquiry.region })}`);
    suggestion = found.organizations ?? [];
  } catch {
    suggestion = [];
  }
  const picked = new Map(suggestion.filter((o) => !held.has(o.id)).map((o) => [o.id, organizationLabel(portal, o)]));
  const picker = organizationPicker(portal, text, picked);
  const note = h('textarea', { name: 'note', rows: 3, maxlength: 2000 });
  const form = h('form', { class: 'desk-form desk-route', onsubmit: (event) => {
    event.preventDefault();
    act(portal, () => api.send('POST', `${base}/referrals`, { organizations: [...picked.keys()],
      note: note.value.trim() || null }), { box, done: text.routed, redraw, form });
  } },
  h('p', { class: 'meta', 'data-suggestion': suggestion.map((o) => o.id).join(' ') }, suggestion.length
    ? text.suggested(suggestion.map((o) => organizationLabel(portal, o)).join('、'))
    : text.noSuggestion),
  picker,
  field(portal, { id: 'desk-route-note', label: text.routeNote, control: note }),
  h('button', { type: 'submit', class: 'button', 'data-action': 'route' }, text.route));
  return h('section', { 'aria-labelledby': 'desk-route-heading' },
    h('h2', { id: 'desk-route-heading' }, onward ? text.routeOnward : text.routeTitle), form);
}

/**
 * Choosing organizations from the portal's directory (GET /api/directory/organizations?q=): a search box, its matches
 * as buttons that add one, and the chosen ones with a button each to remove it.
 *
 * @param {Map<string, string>} picked the chosen organizations (alias → name), changed in place
 * @returns {HTMLElement} the picker; errors of `organizations[i]` are listed at it
 */
function organizationPicker(portal, text, picked) {
  const { h, replace, api, language } = portal;
  const list = h('div', { class: 'desk-chosen' });
  const results = h('ul', { class: 'desk-matches', id: 'desk-route-matches', 'aria-live': 'polite' });
  const search = h('input', { type: 'search', autocomplete: 'off', onkeydown: (key) => {
    if (key.key === 'Enter') {
      key.preventDefault();
      find();
    }
  } });
  const drawChosen = () => replace(list, picked.size === 0 ? h('p', { class: 'meta' }, text.noneChosen)
    : h('ul', { class: 'tags' }, [...picked].map(([alias, label]) => h('li', { 'data-organization': alias }, label, ' ',
      h('button', { type: 'button', class: 'link-button', 'aria-label': text.remove(label), onclick: () => {
        picked.delete(alias);
        drawChosen();
        search.focus();
      } }, '×')))));
  async function find() {
    const typed = search.value.trim();
    if (!typed) return;
    const page = await api.get(`/api/directory/organizations?${new URLSearchParams({ q: typed, limit: '10' })}`);
    replace(results, page.items.length === 0 ? h('li', {}, text.noMatch) : page.items.map((item) => {
      const label = (language === 'en' ? item.nameEn : item.nameJa) ?? item.name ?? item.id;
      return h('li', {}, h('button', { type: 'button', class: 'link-button', 'data-organization': item.id,
        onclick: () => {
          picked.set(item.id, label);
          drawChosen();
          replace(results);
          search.value = '';
          search.focus();
        } }, `${text.add}: ${label}`));
    }));
  }
  drawChosen();
  return h('fieldset', { class: 'desk-picker', 'data-path': 'organizations' },
    h('legend', {}, text.organizations),
    list,
    h('div', { class: 'desk-search' },
      field(portal, { id: 'desk-route-search', label: text.searchOrganization, hint: text.searchOrganizationHint,
        control: search }),
      h('button', { type: 'button', class: 'button secondary', 'aria-controls': 'desk-route-matches', onclick: find },
        text.searchButton)),
    results);
}
