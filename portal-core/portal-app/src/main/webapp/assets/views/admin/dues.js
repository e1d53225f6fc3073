import { h, replace } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { formatDate, formatDateTime } from '../../core/format.js';
import { showErrors, clearErrors } from '../../core/forms.js';
import { issueDateFields, issueDates } from './dues-dates.js';
import { reference } from '../../core/reference.js';
import {
  formatYen, fiscalYearLabel, currentFiscalYear, invoiceStatus, recipientName,
} from '../../core/money.js';

const STATUSES = ['issued', 'partially-paid', 'paid', 'voided'];
const TAX_TREATMENTS = ['not-taxable', 'standard-10'];
const NUMERIC = ['total', 'paid', 'balance'];

/** What the last action did, shown once on the screen it re-renders (a status message, announced politely). */
let notice = null;

/**
 * The secretariat's dues for one fiscal year (年度, April to March): the annual dues per membership class with
 * their tax treatment, the year's issue run, the year's invoices (filtered by status and organization), what is
 * overdue with reminders by mail, and the CSV files for accounting. The year and filters live in the address.
 */
export async function render(main, { query, navigate }) {
  const year = yearOf(query);
  const status = STATUSES.includes(query.get('status')) ? query.get('status') : '';
  const organization = query.get('organization') ?? '';
  const filtered = new URLSearchParams({ fiscalYear: year });
  if (status) filtered.set('status', status);
  if (organization) filtered.set('organizationId', organization);
  const [schedules, all, overdue, lists] = await Promise.all([
    get(`/api/dues/schedules/${year}`),
    get(`/api/dues/invoices?fiscalYear=${year}`),
    get('/api/dues/invoices/overdue'),
    reference(),
  ]);
  const invoices = status || organization ? await get(`/api/dues/invoices?${filtered}`) : all;
  const outcome = h('p', { role: 'status', class: 'dues-notice' });
  announce(outcome);
  const again = () => navigate(location.href, { push: false });

  replace(main,
    h('h1', {}, t('dues.title')),
    h('p', { class: 'lead' }, t('dues.lead')),
    outcome,
    yearChooser(year, navigate),
    h('section', { 'aria-labelledby': 'dues-schedules' },
      h('h2', { id: 'dues-schedules' }, t('dues.schedules.title', { year: fiscalYearLabel(year) })),
      h('p', {}, t('dues.schedules.lead')),
      h('ul', { class: 'cards dues-schedules' }, lists.membershipClasses.map((membershipClass) =>
        scheduleCard(year, membershipClass, schedules.find((s) => s.membershipClass === membershipClass.code),
          again)))),
    h('section', { 'aria-labelledby': 'dues-issue' },
      h('h2', { id: 'dues-issue' }, t('dues.issue.title', { year: fiscalYearLabel(year) })),
      h('p', {}, t('dues.issue.lead')),
      issueForm(year, again)),
    h('section', { 'aria-labelledby': 'dues-invoices' },
      h('h2', { id: 'dues-invoices' }, t('dues.invoices.title', { year: fiscalYearLabel(year) })),
      filters(year, status, organization, all, navigate),
      h('p', { class: 'meta', id: 'dues-invoice-count' }, t('dues.invoices.count', { count: invoices.length })),
      invoices.length === 0 ? h('p', {}, t('dues.invoices.none'))
        : invoiceTable(invoices, t('dues.invoices.title', { year: fiscalYearLabel(year) }), 'dues-invoice-table'),
      h('ul', { class: 'dues-downloads' },
        h('li', {}, h('a', { href: `/api/dues/exports/${year}/invoices.csv`, download: `dues-invoices-${year}.csv` },
          t('dues.export.invoices', { year: fiscalYearLabel(year) }))),
        h('li', {}, h('a', { href: `/api/dues/exports/${year}/payments.csv`, download: `dues-payments-${year}.csv` },
          t('dues.export.payments', { year: fiscalYearLabel(year) }))))),
    h('section', { 'aria-labelledby': 'dues-overdue' },
      h('h2', { id: 'dues-overdue' }, t('dues.overdue.title')),
      h('p', {}, t('dues.overdue.lead')),
      overdue.length === 0 ? h('p', {}, t('dues.overdue.none'))
        : invoiceTable(overdue, t('dues.overdue.title'), 'dues-overdue-table', true),
      overdue.length === 0 ? null : remindForm(again)));
}

/** Shows the last action's outcome in the live region once it is in the page, so that screen readers say it. */
function announce(region) {
  const text = notice;
  notice = null;
  if (text) setTimeout(() => { region.textContent = text; }, 50);
}

function yearOf(query) {
  const year = Number.parseInt(query.get('year') ?? '', 10);
  return Number.isInteger(year) && year >= 2009 && year <= 2100 ? year : currentFiscalYear();
}

/** The fiscal year: a few years around the current one, and whichever one is shown. */
function yearChooser(year, navigate) {
  const current = currentFiscalYear();
  const years = new Set([year]);
  for (let y = current - 3; y <= current + 3; y++) years.add(y);
  return h('form', {
    class: 'inline-form dues-year',
    onsubmit: (event) => {
      event.preventDefault();
      navigate(`/admin/dues?year=${event.target.elements.year.value}`);
    },
  },
  h('label', { for: 'dues-year' }, t('dues.year')),
  h('select', { id: 'dues-year', name: 'year' }, [...years].sort().map((y) =>
    h('option', { value: String(y), selected: y === year }, fiscalYearLabel(y)))),
  h('button', { type: 'submit', class: 'button' }, t('dues.year.show')));
}

/** One class's dues for the year: as set (with tax and total), and a form to set them. */
function scheduleCard(year, membershipClass, schedule, again) {
  const code = membershipClass.code;
  const form = h('form', {
    class: 'stack dues-form', 'data-class': code,
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const data = new FormData(form);
      const amount = String(data.get('amount')).replace(/[\s,，¥￥円]/g, '');
      if (!/^\d{1,12}$/.test(amount)) {
        showErrors(form, { message: t('dues.schedules.amountInvalid'), errors: { amount: t('dues.schedules.amountInvalid') } });
        return;
      }
      try {
        await send('PUT', `/api/dues/schedules/${year}/${encodeURIComponent(code)}`, {
          amount: Number(amount), taxTreatment: data.get('taxTreatment'),
        });
        notice = t('dues.schedules.saved', { class: pick(membershipClass), year: fiscalYearLabel(year) });
        await again();
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  h('div', { class: 'field' },
    h('label', { for: `dues-amount-${code}` }, t('dues.schedules.amount')),
    h('input', {
      id: `dues-amount-${code}`, name: 'amount', type: 'text', inputmode: 'numeric', autocomplete: 'off',
      required: true, value: schedule ? String(schedule.amount) : '',
    })),
  h('div', { class: 'field' },
    h('label', { for: `dues-tax-${code}` }, t('dues.schedules.tax')),
    h('select', { id: `dues-tax-${code}`, name: 'taxTreatment' }, TAX_TREATMENTS.map((tax) =>
      h('option', { value: tax, selected: (schedule?.taxTreatment ?? 'not-taxable') === tax }, t(`dues.tax.${tax}`))))),
  h('p', {}, h('button', { type: 'submit', class: 'button' },
    t('dues.schedules.save', { class: pick(membershipClass) }))));
  return h('li', { class: 'card' },
    h('h3', {}, pick(membershipClass)),
    schedule
      ? h('p', { class: 'dues-schedule-now' }, t('dues.schedules.now', {
        amount: formatYen(schedule.amount), tax: formatYen(schedule.tax), total: formatYen(schedule.total),
      }))
      : h('p', { class: 'dues-schedule-now' }, t('dues.schedules.notSet')),
    schedule ? h('p', { class: 'meta' }, t('dues.schedules.updated', {
      by: schedule.updatedBy, at: formatDateTime(schedule.updatedAt),
    })) : null,
    form);
}

/** The year's issue run: every active member with a class gets its invoice; running it again issues none twice. */
function issueForm(year, again) {
  const form = h('form', {
    class: 'stack dues-form', id: 'dues-issue-form',
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const run = await send('POST', '/api/dues/invoices/issue-run', { fiscalYear: year, ...issueDates(form) });
        notice = t('dues.issue.done', { count: run.issued.length, already: run.alreadyInvoiced });
        await again();
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  issueDateFields('dues'),
  h('p', {}, h('button', { type: 'submit', class: 'button' },
    t('dues.issue.run', { year: fiscalYearLabel(year) }))));
  return form;
}

/** Filters of the year's invoices: status and organization (those the year has invoices for). */
function filters(year, status, organization, all, navigate) {
  const organizations = new Map();
  all.forEach((invoice) => organizations.set(invoice.organizationId, recipientName(invoice)));
  const names = [...organizations].sort((a, b) => a[1].localeCompare(b[1], 'ja'));
  return h('form', {
    class: 'filters dues-form', role: 'search', 'aria-label': t('dues.filter.label'),
    onsubmit: (event) => {
      event.preventDefault();
      const params = new URLSearchParams({ year });
      const data = new FormData(event.target);
      if (data.get('status')) params.set('status', data.get('status'));
      if (data.get('organization')) params.set('organization', data.get('organization'));
      navigate(`/admin/dues?${params}`);
    },
  },
  h('div', { class: 'field' },
    h('label', { for: 'dues-filter-status' }, t('dues.filter.status')),
    h('select', { id: 'dues-filter-status', name: 'status' },
      h('option', { value: '' }, t('dues.filter.any')),
      STATUSES.map((s) => h('option', { value: s, selected: s === status }, t(`dues.status.${s}`))))),
  h('div', { class: 'field' },
    h('label', { for: 'dues-filter-organization' }, t('dues.filter.organization')),
    h('select', { id: 'dues-filter-organization', name: 'organization' },
      h('option', { value: '' }, t('dues.filter.any')),
      organization && !organizations.has(organization) ? h('option', { value: organization, selected: true }, organization) : null,
      names.map(([id, name]) => h('option', { value: id, selected: id === organization }, name)))),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('dues.filter.apply'))));
}

/** Invoices: number (to the invoice), organization, amount, dates, paid, outstanding, status. */
function invoiceTable(invoices, caption, id, withYear = false) {
  const columns = ['number', withYear ? 'year' : null, 'organization', 'total', 'issueDate', 'dueDate', 'paid',
    'balance', 'status'].filter(Boolean);
  return h('div', { class: 'table-scroll' }, h('table', { class: 'dues-table', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: NUMERIC.includes(c) ? 'number' : null },
      t(`dues.column.${c}`))))),
    h('tbody', {}, invoices.map((invoice) => h('tr', { 'data-invoice': invoice.number },
      h('th', { scope: 'row' }, h('a', { href: `/admin/dues/invoices/${encodeURIComponent(invoice.number)}` },
        invoice.number)),
      withYear ? cell('year', fiscalYearLabel(invoice.fiscalYear)) : null,
      cell('organization', recipientName(invoice)),
      cell('total', formatYen(invoice.total), 'number'),
      cell('issueDate', formatDate(invoice.issueDate)),
      cell('dueDate', formatDate(invoice.dueDate)),
      cell('paid', formatYen(invoice.paid), 'number'),
      cell('balance', formatYen(invoice.balance), 'number'),
      cell('status', h('span', { class: `state dues-state-${invoice.status}` }, invoiceStatus(invoice)),
        null, invoice.overdue ? h('span', { class: 'dues-overdue-mark' }, t('dues.overdue.mark')) : null,
        invoice.lastRemindedOn ? h('span', { class: 'meta' }, t('dues.overdue.reminded', {
          date: formatDate(invoice.lastRemindedOn), count: invoice.reminderCount,
        })) : null))))));
}

/** A cell that names its column for the phone layout, where the header row is hidden. */
function cell(column, content, className = null, ...more) {
  return h('td', { class: className, 'data-label': t(`dues.column.${column}`) }, content, more);
}

/** Reminds every overdue invoice's member by mail, at most once a day each, and says what happened. */
function remindForm(again) {
  const form = h('form', {
    class: 'stack dues-form', id: 'dues-remind-form',
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const run = await send('POST', '/api/dues/reminders');
        const parts = [t('dues.remind.sent', { count: run.sent.length })];
        if (run.sent.length > 0) {
          parts.push(run.sent.map((o) => `${o.number} → ${o.to ?? ''}`).join(', '));
        }
        parts.push(t('dues.remind.already', { count: run.alreadyToday }));
        if (run.withoutContact.length > 0) {
          parts.push(t('dues.remind.noContact', { numbers: run.withoutContact.map((o) => o.number).join(', ') }));
        }
        notice = parts.join(' ');
        await again();
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  h('p', { class: 'meta' }, t('dues.remind.lead')),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('dues.remind.send'))));
  return form;
}
