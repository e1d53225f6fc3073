import { requireRole } from '../../core/session.js';
import { h, replace } from '../../core/dom.js';
import { t, language } from '../../core/i18n.js';
import { get } from '../../core/api.js';
import { reference } from '../../core/reference.js';
import { formatDate } from '../../core/format.js';
import {
  statusBadge, labelOf, field, names, pager, pageOf, filterAddress,
} from './membership-shared.js';

const SIZE = 20;
/** The statuses an application passes through, the undecided ones first. */
const PENDING = ['applied', 'under-review', 'information-requested'];
const DECIDED = ['active', 'rejected'];

/**
 * The secretariat's list of membership applications, oldest first: by default those still waiting for a decision
 * (applied, under review, information requested); a filter shows one status, or the decided ones.
 */
export async function render(main, { query, navigate }) {
  await requireRole('secretariat');
  const status = [...PENDING, ...DECIDED].includes(query.get('status')) ? query.get('status') : '';
  const page = pageOf(query);
  const params = new URLSearchParams({ page: String(page), size: String(SIZE) });
  if (status) params.set('status', status);
  const [lists, result] = await Promise.all([reference(), get(`/api/applications?${params}`)]);
  const statuses = lists.statuses;
  const option = (code) => h('option', { value: code, selected: code === status }, labelOf(statuses, code));

  const filters = h('form', {
    class: 'filters', role: 'search', 'aria-label': t('adminMembership.applications.filter'),
    onsubmit: (event) => {
      event.preventDefault();
      navigate(filterAddress('/admin/applications', event.target));
    },
  },
  field('application-status', t('adminMembership.status'), h('select', { id: 'application-status', name: 'status' },
    h('option', { value: '', selected: status === '' }, t('adminMembership.applications.pending')),
    h('optgroup', { label: t('adminMembership.applications.pendingGroup') }, PENDING.map(option)),
    h('optgroup', { label: t('adminMembership.applications.decidedGroup') }, DECIDED.map(option)))),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('adminMembership.filter'))));

  const caption = status ? t('adminMembership.applications.captionStatus', { status: labelOf(statuses, status) })
    : t('adminMembership.applications.pending');
  const href = (p) => {
    const next = new URLSearchParams();
    if (status) next.set('status', status);
    if (p > 0) next.set('page', String(p));
    return `/admin/applications${next.size ? `?${next}` : ''}`;
  };
  replace(main,
    h('h1', {}, t('adminMembership.applications.title')),
    h('p', { class: 'lead' }, t('adminMembership.applications.lead')),
    h('section', { 'aria-labelledby': 'applications-heading', class: 'membership-list' },
      h('h2', { id: 'applications-heading' }, caption),
      filters,
      result.items.length === 0
        ? h('p', { class: 'membership-empty' }, t('adminMembership.applications.none'))
        : h('table', { class: 'membership-table' },
          h('caption', { class: 'visually-hidden' }, caption),
          h('thead', {}, h('tr', {}, ['organization', 'applicant', 'submitted', 'status']
            .map((key) => h('th', { scope: 'col' }, t(`adminMembership.applications.${key}`))))),
          h('tbody', {}, result.items.map((application) => row(application, statuses)))),
      pager(caption, page, result.items.length === SIZE, href)));
}

function row(application, statuses) {
  const profile = application.organization.profile;
  return h('tr', { 'data-application': application.reference },
    h('th', { scope: 'row' },
      h('a', { href: `/admin/applications/${encodeURIComponent(application.reference)}` },
        names(profile.nameJa, profile.nameEn, language())[0]),
      h('span', { class: 'meta membership-other-name' },
        t('adminMembership.applications.reference', { reference: application.reference }))),
    h('td', {}, application.applicant.name),
    h('td', {}, formatDate(application.submittedAt)),
    h('td', {}, statusBadge(statuses, application.status)));
}
