import {
  h, field, replace, api, formatDateTime, formatNumber, catalogue, offsetOf, pager, select, badge, showProblem,
  filtersOf, formFilters,
} from '/assets/kit/1/index.js';
import { isSecretariat, levelBadge, screen } from './desk-parts.js';
import { API, TOPICS, STATUSES, regions, inquiryStyles } from './common.js';

const t = await catalogue(import.meta.url, 'desk');

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
  inquiryStyles('desk');
  const { query, navigate } = portal;
  const secretariat = isSecretariat(portal.user);
  const params = filtersOf(query, FILTERS.filter((name) => name !== 'receiver' || secretariat));
  const offset = offsetOf(query);
  params.set('offset', String(offset));
  params.set('limit', String(PAGE));

  const box = h('div', { class: 'desk-notices' });
  const form = filterForm(portal, secretariat, (chosen) => navigate(screen('desk', chosen)));
  replace(main,
    h('h1', {}, t('queueTitle')),
    h('p', { class: 'lead' }, t('queueLead')),
    form,
    box);
  let page;
  try {
    page = await api.get(`${API}/inquiries?${params}`);
  } catch (error) {
    showProblem(box, error, { form });
    return;
  }
  const shown = { from: offset + 1, to: offset + page.items.length, total: formatNumber(page.total) };
  main.append(
    h('p', { class: 'desk-count', role: 'status' }, page.total === 0 ? t('noResults')
      : t(page.totalExact ? 'results' : 'resultsMore', shown)),
    h('ul', { class: 'desk-queue', 'aria-label': t('queueTitle') }, page.items.map(row)),
    pager({
      offset, limit: PAGE, shown: page.items.length, total: page.total, class: 'desk-pager',
      href: (start) => screen('desk', { ...Object.fromEntries(query), offset: start > 0 ? String(start) : undefined }),
      label: t('paging'), previous: t('previous'), next: t('next'),
    }));
}

/** @returns {HTMLFormElement} the filters, filled from the address; submitting navigates to the filtered queue */
function filterForm(portal, secretariat, go) {
  const { query } = portal;
  const form = h('form', { class: 'desk-filters', 'aria-labelledby': 'desk-filters-heading',
    onsubmit: (event) => {
      event.preventDefault();
      go(Object.fromEntries(formFilters(form, FILTERS)));
    } },
  h('h2', { id: 'desk-filters-heading' }, t('filters')),
  h('div', { class: 'desk-grid' },
    choice('status', t.named('statuses', STATUSES), t('any')),
    choice('topic', t.named('topics', TOPICS), t('anyTopic')),
    choice('region', regions.items, t('anyRegion')),
    choice('sla', [['overdue', t('slaOverdue')], ['due-soon', t('slaDueSoon')]], t('any')),
    secretariat ? field({ id: 'desk-receiver', label: t('receiver'), hint: t('receiverHint'),
      control: h('input', { name: 'receiver', type: 'text', autocomplete: 'off',
        value: query.get('receiver') ?? '' }) })
      : null,
    field({ id: 'desk-q', label: t('search'), hint: t('searchHint'),
      control: h('input', { name: 'q', type: 'search', autocomplete: 'off', value: query.get('q') ?? '' }) })),
  h('div', { class: 'check' },
    h('input', { type: 'checkbox', id: 'desk-assignee', name: 'assignee', value: 'me',
      checked: query.get('assignee') === 'me' }),
    h('label', { for: 'desk-assignee' }, t('mine'))),
  h('p', { class: 'actions' },
    h('button', { type: 'submit', class: 'button' }, t('apply')),
    h('a', { href: screen('desk') }, t('reset'))));
  return form;

  function choice(name, items, none) {
    return field({ id: `desk-${name}`, label: t(name),
      control: select({ name, items, selected: query.get(name), none }) });
  }
}

/** @returns {HTMLElement} one inquiry of the queue */
function row(item) {
  const receivers = item.receivers ?? [];
  return h('li', { class: 'card desk-item', 'data-reference': item.reference },
    h('h2', { class: 'desk-item-title' },
      h('a', { href: screen('desk-case', { ref: item.reference }) },
        h('span', { class: 'desk-reference' }, item.reference), ' ', item.subject)),
    h('dl', { class: 'desk-facts' },
      fact(t('topic'), item.topicLabel),
      fact(t('region'), regions.name(item.region)),
      fact(t('status'), badge('desk-status', item.status, item.statusLabel)),
      fact(t('receivers'), receivers.length === 0 ? t('notRouted')
        : h('ul', { class: 'desk-receivers' }, receivers.map((r) => h('li', { 'data-organization': r.organizationId },
          `${r.organization} (${r.statusLabel}) — ${t('assignee')}: ${r.assigneeName ?? t('unassigned')}`)))),
      fact(t('lastActivity'), h('time', { datetime: item.changedAt }, formatDateTime(item.changedAt)))),
    h('p', { class: 'desk-levels' },
      levelBadge(item.firstResponseState, t('firstResponse')), ' ',
      levelBadge(item.resolutionState, t('resolution'))));
}

function fact(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value));
}
