import { h, replace } from '../../core/dom.js';
import { t, pick } from '../../core/i18n.js';
import { get, send } from '../../core/api.js';
import { formatDate } from '../../core/format.js';
import { showErrors, clearErrors } from '../../core/forms.js';
import { issueDateFields, issueDates } from './dues-dates.js';
import { reference } from '../../core/reference.js';
import { requireRole } from '../../core/session.js';
import {
  formatYen, fiscalYearLabel, todayInJapan, invoiceStatus, recipientName,
} from '../../core/money.js';

const METHODS = ['bank-transfer', 'postal-transfer', 'cash', 'other'];

/** What the last action did, said once on the re-rendered screen. */
let notice = null;

/**
 * One invoice as the secretariat sees it: to whom, for which year, its line with tax, what has been paid and what
 * is outstanding, its payments and its PDF. The secretariat records a payment (an overpayment is refused at the
 * amount), voids an invoice without payments (with a reason) and issues a new one for the year after voiding.
 */
export async function render(main, { params, navigate }) {
  // members may read their own invoices through the API, but this is the secretariat's screen
  await requireRole('secretariat');
  const [invoice, lists] = await Promise.all([
    get(`/api/dues/invoices/${encodeURIComponent(params.number)}`),
    reference(),
  ]);
  const again = () => navigate(location.href, { push: false });
  const membershipClass = lists.membershipClasses.find((c) => c.code === invoice.membershipClass);
  const className = membershipClass ? pick(membershipClass) : invoice.membershipClass;
  const open = invoice.status === 'issued' || invoice.status === 'partially-paid';
  const outcome = h('p', { role: 'status', class: 'dues-notice' });
  const text = notice;
  notice = null;
  if (text) setTimeout(() => { outcome.textContent = text; }, 50);

  replace(main,
    h('p', { class: 'meta' }, h('a', { href: `/admin/dues?year=${invoice.fiscalYear}` },
      t('dues.invoice.back', { year: fiscalYearLabel(invoice.fiscalYear) }))),
    h('h1', {}, t('dues.invoice.title', { number: invoice.number })),
    outcome,
    h('section', { 'aria-labelledby': 'invoice-summary' },
      h('h2', { id: 'invoice-summary' }, t('dues.invoice.summary')),
      h('dl', { class: 'dues-facts' },
        fact('dues.column.organization', h('a', { href: `/admin/organizations/${encodeURIComponent(invoice.organizationId)}` },
          recipientName(invoice))),
        fact('dues.column.year', fiscalYearLabel(invoice.fiscalYear)),
        fact('dues.invoice.class', className),
        fact('dues.column.issueDate', formatDate(invoice.issueDate)),
        fact('dues.column.dueDate', formatDate(invoice.dueDate)),
        fact('dues.column.status', h('span', { class: `state dues-state-${invoice.status}`, id: 'invoice-status' },
          invoiceStatus(invoice)), invoice.overdue ? h('span', { class: 'dues-overdue-mark' }, t('dues.overdue.mark')) : null),
        invoice.voidReason ? fact('dues.invoice.voidReason', invoice.voidReason) : null,
        invoice.lastRemindedOn ? fact('dues.invoice.reminded', t('dues.overdue.reminded', {
          date: formatDate(invoice.lastRemindedOn), count: invoice.reminderCount,
        })) : null),
      h('p', {}, h('a', {
        href: `/api/dues/invoices/${encodeURIComponent(invoice.number)}/pdf`, download: `invoice-${invoice.number}.pdf`,
        class: 'button',
      }, t('dues.invoice.pdf')))),
    h('section', { 'aria-labelledby': 'invoice-lines' },
      h('h2', { id: 'invoice-lines' }, t('dues.invoice.lines')),
      linesTable(invoice, className)),
    h('section', { 'aria-labelledby': 'invoice-payments' },
      h('h2', { id: 'invoice-payments' }, t('dues.invoice.payments')),
      invoice.payments.length === 0 ? h('p', {}, t('dues.invoice.noPayments')) : paymentsTable(invoice),
      open ? h('h3', { id: 'payment-heading' }, t('dues.payment.title')) : null,
      open ? paymentForm(invoice, again) : null),
    invoice.status !== 'voided' && invoice.paid === 0 ? voidSection(invoice, again) : null,
    invoice.status === 'voided' ? reissueSection(invoice, navigate) : null);
}

function fact(key, ...value) {
  return h('div', {}, h('dt', {}, t(key)), h('dd', {}, value));
}

/** The invoice's line (the year's dues of its class), its tax, the total, what has been paid and is outstanding. */
function linesTable(invoice, className) {
  const tax = invoice.taxRatePercent > 0 ? t('dues.invoice.taxRate', { rate: invoice.taxRatePercent })
    : t(`dues.tax.${invoice.taxTreatment}`);
  return h('table', { class: 'dues-table', id: 'invoice-lines-table' },
    h('caption', { class: 'visually-hidden' }, t('dues.invoice.lines')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('dues.invoice.item')),
      h('th', { scope: 'col' }, t('dues.invoice.tax')),
      h('th', { scope: 'col', class: 'number' }, t('dues.invoice.amount')))),
    h('tbody', {},
      h('tr', {},
        h('th', { scope: 'row' }, t('dues.invoice.item.dues', { year: fiscalYearLabel(invoice.fiscalYear), class: className })),
        h('td', { 'data-label': t('dues.invoice.tax') }, tax),
        h('td', { class: 'number', 'data-label': t('dues.invoice.amount') }, formatYen(invoice.amount)))),
    h('tfoot', {},
      total('dues.invoice.taxAmount', invoice.tax, 'invoice-tax'),
      total('dues.column.total', invoice.total, 'invoice-total'),
      total('dues.column.paid', invoice.paid, 'invoice-paid'),
      total('dues.column.balance', invoice.balance, 'invoice-balance')));
}

function total(key, amount, id) {
  return h('tr', {},
    h('th', { scope: 'row', colspan: '2' }, t(key)),
    h('td', { class: 'number', id }, formatYen(amount)));
}

function paymentsTable(invoice) {
  const columns = ['paidOn', 'amount', 'method', 'reference', 'recordedBy'];
  return h('table', { class: 'dues-table', id: 'invoice-payments-table' },
    h('caption', { class: 'visually-hidden' }, t('dues.invoice.payments')),
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c === 'amount' ? 'number' : null }, t(`dues.payment.${c}`))))),
    h('tbody', {}, invoice.payments.map((p) => h('tr', { 'data-payment': p.id },
      h('th', { scope: 'row' }, formatDate(p.paidOn)),
      h('td', { class: 'number', 'data-label': t('dues.payment.amount') }, formatYen(p.amount)),
      h('td', { 'data-label': t('dues.payment.method') }, t(`dues.method.${p.method}`)),
      h('td', { 'data-label': t('dues.payment.reference') }, p.reference ?? ''),
      h('td', { 'data-label': t('dues.payment.recordedBy') }, p.recordedBy)))));
}

/** Records money received; the server refuses more than the outstanding amount, naming the amount. */
function paymentForm(invoice, again) {
  const form = h('form', {
    class: 'stack dues-form', id: 'payment-form', 'aria-labelledby': 'payment-heading',
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      const data = new FormData(form);
      const amount = String(data.get('amount')).replace(/[\s,，¥￥円]/g, '');
      if (!/^\d{1,12}$/.test(amount)) {
        showErrors(form, { message: t('dues.payment.amountInvalid'), errors: { amount: t('dues.payment.amountInvalid') } });
        return;
      }
      try {
        await send('POST', `/api/dues/invoices/${encodeURIComponent(invoice.number)}/payments`, {
          paidOn: data.get('paidOn'), amount: Number(amount), method: data.get('method'),
          reference: String(data.get('reference')).trim() || null,
        });
        notice = t('dues.payment.recorded', { amount: formatYen(Number(amount)) });
        await again();
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  h('p', { class: 'meta' }, t('dues.payment.lead', { balance: formatYen(invoice.balance) })),
  h('div', { class: 'field' },
    h('label', { for: 'payment-paid-on' }, t('dues.payment.paidOn')),
    h('input', { id: 'payment-paid-on', name: 'paidOn', type: 'date', required: true, value: todayInJapan() })),
  h('div', { class: 'field' },
    h('label', { for: 'payment-amount' }, t('dues.payment.amountYen')),
    h('input', { id: 'payment-amount', name: 'amount', type: 'text', inputmode: 'numeric', autocomplete: 'off', required: true })),
  h('div', { class: 'field' },
    h('label', { for: 'payment-method' }, t('dues.payment.method')),
    h('select', { id: 'payment-method', name: 'method' }, METHODS.map((m) =>
      h('option', { value: m }, t(`dues.method.${m}`))))),
  h('div', { class: 'field' },
    h('label', { for: 'payment-reference' }, t('dues.payment.reference')),
    h('input', { id: 'payment-reference', name: 'reference', type: 'text', maxlength: '200', autocomplete: 'off' })),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('dues.payment.record'))));
  return form;
}

/** Voids an invoice nothing has been paid against: it keeps its number and the organization may be invoiced anew. */
function voidSection(invoice, again) {
  const form = h('form', {
    class: 'stack dues-form', id: 'void-form',
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        await send('POST', `/api/dues/invoices/${encodeURIComponent(invoice.number)}/void`,
          { reason: String(new FormData(form).get('reason')).trim() });
        notice = t('dues.void.done', { number: invoice.number });
        await again();
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  h('div', { class: 'field' },
    h('label', { for: 'void-reason' }, t('dues.void.reason')),
    h('textarea', { id: 'void-reason', name: 'reason', required: true, maxlength: '500' })),
  h('p', {}, h('button', { type: 'submit', class: 'button dues-danger-button' }, t('dues.void.submit'))));
  return h('section', { 'aria-labelledby': 'invoice-void' },
    h('h2', { id: 'invoice-void' }, t('dues.void.title')),
    h('p', {}, t('dues.void.lead')),
    form);
}

/** After voiding: a new invoice for the same organization and year (the next number). */
function reissueSection(invoice, navigate) {
  const form = h('form', {
    class: 'stack dues-form', id: 'reissue-form',
    onsubmit: async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const issued = await send('POST', '/api/dues/invoices', {
          fiscalYear: invoice.fiscalYear, organizationId: invoice.organizationId, ...issueDates(form),
        });
        notice = t('dues.reissue.done', { number: issued.number, old: invoice.number });
        await navigate(`/admin/dues/invoices/${encodeURIComponent(issued.number)}`);
      } catch (error) {
        showErrors(form, error);
      }
    },
  },
  issueDateFields('reissue'),
  h('p', {}, h('button', { type: 'submit', class: 'button' }, t('dues.reissue.submit'))));
  return h('section', { 'aria-labelledby': 'invoice-reissue' },
    h('h2', { id: 'invoice-reissue' }, t('dues.reissue.title')),
    h('p', {}, t('dues.reissue.lead', { year: fiscalYearLabel(invoice.fiscalYear) })),
    form);
}
