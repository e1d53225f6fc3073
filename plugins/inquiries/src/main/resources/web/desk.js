import { words } from './desk-text.js';
import { API, choice, field, isSecretariat, levelBadge, screen, showProblem, useStyles } from './desk-parts.js';

/** How many inquiries a page of the queue shows. */
const PAGE = 20;

/** The query parameters of the queue that the API and the screen's address share. */
const FILTERS = ['status', 'topic', 'region', 'receiver', 'assignee', 'sla', 'q'];

/**
 * The desk's queue (secretariat: every inquiry; a receiving organization's staff: those routed to it). The filters
 * live in the screen's address (`?status=routed&sla=overdue&offset=20`), so a filtered queue can be bookmarked and the
 * back button returns to the previous one.
 */
export async function render(main, portal) {
  useStyles();
  const { h, replace, api, query, navigate } = portal;
  const text = words(portal.language);
  const secretariat = isSecretariat(portal);
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = query.get(name);
    if (value && (name !== 'receiver' || secretariat)) params.set(name, value);
  }
  const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
  params.set('offset', String(offset));
  params.set('limit', String(PAGE));

  const box = h('div', { class: 'desk-notices' });
  const form = filterForm(portal, text, secretariat, (chosen) => navigate(screen('desk', chosen)));
  replace(main,
    h('h1', {}, text.queueTitle),
    h('p', { class: 'lead' }, text.queueLead),
    form,
    box);
  let page;
  try {
    page = await api.get(`${API}/inquiries?${params}`);
  } catch (error) {
    showProblem(portal, box, error, { form });
    return;
  }
  const from = page.total === 0 ? 0 : offset + 1;
  const to = offset + page.items.length;
  main.append(
    h('p', { class: 'desk-count', role: 'status' }, text.results(page.total, page.totalExact, from, to)),
    h('ul', { class: 'desk-queue', 'aria-label': text.queueTitle }, page.items.map((item) => row(portal, text, item))),
    pager(portal, text, page, offset));
}

/** @returns {HTMLFormElement} the filters, filled from the address; submitting navigates to the filtered queue */
function filterForm(portal, text, secretariat, go) {
  const { h, query } = portal;
  const form = h('form', { class: 'desk-filters', 'aria-labelledby': 'desk-filters-heading',
    onsubmit: (event) => {
      event.preventDefault();
      const chosen = {};
      for (const name of FILTERS) {
        const control = form.elements.namedItem(name);
        if (!control) continue;
        const value = control.type === 'checkbox' ? (control.checked ? 'me' : '') : control.value.trim();
        if (value) chosen[name] = value;
      }
      go(chosen);
    } },
  h('h2', { id: 'desk-filters-heading' }, text.filters),
  h('div', { class: 'desk-grid' },
    field(portal, { id: 'desk-status', label: text.status,
      control: choice(portal, 'status', text.statuses, query.get('status'), text.any) }),
    field(portal, { id: 'desk-topic', label: text.topic,
      control: choice(portal, 'topic', text.topics, query.get('topic'), text.anyTopic) }),
    field(portal, { id: 'desk-region', label: text.region,
      control: choice(portal, 'region', text.regions, query.get('region'), text.anyRegion) }),
    field(portal, { id: 'desk-sla', label: text.sla,
      control: choice(portal, 'sla', { overdue: text.slaOverdue, 'due-soon': text.slaDueSoon }, query.get('sla'),
        text.any) }),
    secretariat ? field(portal, { id: 'desk-receiver', label: text.receiver, hint: text.receiverHint,
      control: h('input', { name: 'receiver', type: 'text', autocomplete: 'off',
        value: query.get('receiver') ?? '' }) })
      : null,
    field(portal, { id: 'desk-q', label: text.search, hint: text.searchHint,
      control: h('input', { name: 'q', type: 'search', autocomplete: 'off', value: query.get('q') ?? '' }) })),
  h('div', { class: 'check' },
    h('input', { type: 'checkbox', id: 'desk-assignee', name: 'assignee', checked: query.get('assignee') === 'me' }),
    h('label', { for: 'desk-assignee' }, text.mine)),
  h('p', { class: 'actions' },
    h('button', { type: 'submit', class: 'button' }, text.apply),
    h('a', { href: screen('desk') }, text.reset)));
  return form;
}

/** @returns {HTMLElement} one inquiry of the queue */
function row(portal, text, item) {
  const { h, format } = portal;
  const receivers = item.receivers ?? [];
  return h('li', { class: 'card desk-item', 'data-reference': item.reference },
    h('h2', { class: 'desk-item-title' },
      h('a', { href: screen('desk-case', { ref: item.reference }) },
        h('span', { class: 'desk-reference' }, item.reference), ' ', item.subject)),
    h('dl', { class: 'desk-facts' },
      fact(h, text.topic, item.topicLabel),
      fact(h, text.region, text.regions[item.region] ?? item.region),
      fact(h, text.status, h('span', { class: `desk-status desk-status-${item.status}` }, item.statusLabel)),
      fact(h, text.receivers, receivers.length === 0 ? text.notRouted
        : h('ul', { class: 'desk-receivers' }, receivers.map((r) => h('li', { 'data-organization': r.organizationId },
          `${r.organization} (${r.statusLabel}) — ${text.assignee}: ${r.assigneeName ?? text.unassigned}`)))),
      fact(h, text.lastActivity, h('time', { datetime: item.changedAt }, format.formatDateTime(item.changedAt)))),
    h('p', { class: 'desk-levels' },
      levelBadge(portal, item.firstResponseState, text.firstResponse), ' ',
      levelBadge(portal, item.resolutionState, text.resolution)));
}

function fact(h, term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

/** @returns {HTMLElement|null} links to the previous and next pages, keeping the filters */
function pager(portal, text, page, offset) {
  const { h, query } = portal;
  const at = (start) => {
    const params = Object.fromEntries(query);
    params.offset = start > 0 ? String(start) : '';
    return screen('desk', params);
  };
  const previous = offset > 0 ? h('a', { href: at(Math.max(0, offset - PAGE)), rel: 'prev' }, text.previous) : null;
  const next = offset + page.items.length < page.total ? h('a', { href: at(offset + PAGE), rel: 'next' }, text.next)
    : null;
  if (!previous && !next) return null;
  return h('nav', { class: 'desk-pager', 'aria-label': text.paging }, previous, next);
}
