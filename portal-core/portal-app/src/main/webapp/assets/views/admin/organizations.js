import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { get } from '../../core/api.js';
import { reference } from '../../core/reference.js';
import {
  statusBadge, labelOf, field, selectOf, names, pager, pageOf, filterAddress,
} from './membership-shared.js';

const SIZE = 25;

/**
 * Every organization record the secretariat keeps (members in every status, steering agencies, partners), by
 * alias, narrowed by status and kind, one page at a time; each opens its record.
 */
export async function render(main, { query, navigate }) {
  await requireRole('secretariat');
  const lists = await reference();
  const status = lists.statuses.some((s) => s.code === query.get('status')) ? query.get('status') : '';
  const kind = lists.kinds.some((k) => k.code === query.get('kind')) ? query.get('kind') : '';
  const page = pageOf(query);
  const params = new URLSearchParams({ page: String(page), size: String(SIZE) });
  if (status) params.set('status', status);
  if (kind) params.set('kind', kind);
  const result = await get(`/api/organizations?${params}`);
  const pages = Math.max(1, Math.ceil(result.total / SIZE));

  const filters = h('form', {
    class: 'filters', role: 'search', 'aria-label': t('adminMembership.organizations.filter'),
    onsubmit: (event) => {
      event.preventDefault();
      navigate(filterAddress('/admin/organizations', event.target));
    },
  },
  field('organization-status', t('adminMembership.status'),
    selectOf('organization-status', 'status', lists.statuses, status, t('directory.any'))),
  field('organization-kind', t('adminMembership.field.kind'),
    selectOf('organization-kind', 'kind', lists.kinds, kind, t('directory.any'))),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('adminMembership.filter'))));

  const href = (p) => {
    const next = new URLSearchParams();
    if (status) next.set('status', status);
    if (kind) next.set('kind', kind);
    if (p > 0) next.set('page', String(p));
    return `/admin/organizations${next.size ? `?${next}` : ''}`;
  };
  const caption = t('adminMembership.organizations.title');
  replace(main,
    h('h1', {}, caption),
    h('p', { class: 'lead' }, t('adminMembership.organizations.lead')),
    h('section', { 'aria-labelledby': 'organizations-heading', class: 'membership-list' },
      h('h2', { id: 'organizations-heading', class: 'visually-hidden' }, t('adminMembership.organizations.list')),
      filters,
      h('p', { class: 'meta', id: 'organization-count' }, t('adminMembership.organizations.count', { count: result.total })),
      result.items.length === 0
        ? h('p', { class: 'membership-empty' }, t('adminMembership.organizations.none'))
        : h('table', { class: 'membership-table' },
          h('caption', { class: 'visually-hidden' }, t('adminMembership.organizations.list')),
          h('thead', {}, h('tr', {}, ['name', 'memberNumber', 'prefecture', 'membershipClass', 'status']
            .map((key) => h('th', { scope: 'col' }, t(key === 'status' ? 'adminMembership.status'
              : `adminMembership.field.${key}`))))),
          h('tbody', {}, result.items.map((o) => h('tr', { 'data-organization': o.id },
            h('th', { scope: 'row' },
              h('a', { href: `/admin/organizations/${encodeURIComponent(o.id)}` },
                names(o.profile.nameJa, o.profile.nameEn, language())[0]),
              names(o.profile.nameJa, o.profile.nameEn, language())[1],
              h('span', { class: 'meta membership-other-name' }, o.id)),
            h('td', {}, o.memberNumber ?? '—'),
            h('td', {}, labelOf(lists.prefectures, o.profile.prefecture) || '—'),
            h('td', {}, labelOf(lists.membershipClasses, o.membershipClass) || '—'),
            h('td', {}, statusBadge(lists.statuses, o.status)))))),
      pager(caption, page, (page + 1) * SIZE < result.total, href, pages)));
}
