import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { ApiError } from '../../core/api.js';
import { formatDateTime } from '../../core/format.js';
import {
  field, pager, pageOf, filterAddress, changeList, actionLabel,
} from './membership-shared.js';

const SIZE = 50;
const TEXT_FILTERS = ['targetType', 'targetId', 'actor', 'action'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit trail, newest first: who did what to which record, and what changed from what to what. Narrowed by
 * the kind and id of the record, the person, the action and a period of days in Japan time; one page at a time.
 * The filters live in the address, so a search can be bookmarked and shared.
 */
export async function render(main, { query, navigate }) {
  await requireRole('secretariat');
  const page = pageOf(query);
  const params = new URLSearchParams({ page: String(page), size: String(SIZE) });
  for (const key of TEXT_FILTERS) {
    if (query.get(key)?.trim()) params.set(key, query.get(key).trim());
  }
  const from = DATE.test(query.get('from') ?? '') ? query.get('from') : '';
  const until = DATE.test(query.get('until') ?? '') ? query.get('until') : '';
  if (from) params.set('from', startOfDayInJapan(from, 0));
  if (until) params.set('to', startOfDayInJapan(until, 1));
  const { entries, total } = await search(params);

  const text = (key, type = 'text') => field(`audit-${key}`, t(`adminMembership.audit.${key}`),
    h('input', { id: `audit-${key}`, name: key, type, value: query.get(key) ?? '', autocomplete: 'off' }),
    t(`adminMembership.audit.${key}.hint`));
  const filters = h('form', {
    class: 'filters', role: 'search', 'aria-label': t('adminMembership.audit.filter'),
    onsubmit: (event) => {
      event.preventDefault();
      navigate(filterAddress('/admin/audit', event.target));
    },
  },
  TEXT_FILTERS.map((key) => text(key)),
  field('audit-from', t('adminMembership.audit.from'), h('input', { id: 'audit-from', name: 'from', type: 'date', value: from })),
  field('audit-until', t('adminMembership.audit.until'), h('input', { id: 'audit-until', name: 'until', type: 'date', value: until })),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('adminMembership.filter'))));

  const href = (p) => {
    const next = new URLSearchParams(query);
    if (p > 0) next.set('page', String(p)); else next.delete('page');
    return `/admin/audit${next.size ? `?${next}` : ''}`;
  };
  const title = t('adminMembership.audit.title');
  replace(main,
    h('h1', {}, title),
    h('p', { class: 'lead' }, t('adminMembership.audit.lead')),
    filters,
    h('section', { 'aria-labelledby': 'audit-heading', class: 'membership-list' },
      h('h2', { id: 'audit-heading' }, t('adminMembership.audit.entries')),
      h('p', { class: 'meta', id: 'audit-count' }, t('adminMembership.audit.count', { count: total })),
      entries.length === 0 ? h('p', { class: 'membership-empty' }, t('adminMembership.audit.none'))
        : h('table', { class: 'membership-table membership-audit' },
          h('caption', { class: 'visually-hidden' }, t('adminMembership.audit.entries')),
          h('thead', {}, h('tr', {}, ['when', 'who', 'action', 'target', 'changes']
            .map((key) => h('th', { scope: 'col' }, t(`adminMembership.audit.column.${key}`))))),
          h('tbody', {}, entries.map(row))),
      pager(title, page, (page + 1) * SIZE < total, href, Math.max(1, Math.ceil(total / SIZE)))));
}

function row(entry) {
  const target = entry.targetType === 'organization'
    ? h('a', { href: `/admin/organizations/${encodeURIComponent(entry.targetId)}` }, entry.targetId)
    : entry.targetId;
  return h('tr', {},
    h('td', {}, formatDateTime(entry.occurredAt)),
    h('td', {}, entry.actorName, entry.source && entry.source !== 'core'
      ? h('span', { class: 'meta membership-other-name' }, entry.source) : null),
    h('td', {}, actionLabel(entry.action), h('span', { class: 'meta membership-other-name' }, entry.action)),
    h('td', {}, h('span', { class: 'meta' }, `${entry.targetType} `), target),
    h('td', {}, changeList(entry.changes)));
}

/** The first instant of a day in Japan (or of the day after, for an inclusive last day), as ISO-8601. */
function startOfDayInJapan(day, plusDays) {
  const date = new Date(`${day}T00:00:00+09:00`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString();
}

/** GET /api/audit: the page's entries, and how many match in all (the X-Total-Count header). */
async function search(params) {
  const response = await fetch(`/api/audit?${params}`, {
    headers: { Accept: 'application/json' }, credentials: 'same-origin',
  });
  const type = response.headers.get('Content-Type') ?? '';
  const payload = type.includes('json') ? await response.json() : { detail: await response.text() };
  if (!response.ok) throw new ApiError(response.status, payload);
  return { entries: payload, total: Number(response.headers.get('X-Total-Count') ?? payload.length) };
}
