import { h, replace } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { get } from '../../core/api.js';
import { formatDate } from '../../core/format.js';
import { caller } from '../../core/session.js';
import { formatYen, fiscalYearLabel, invoiceStatus, recipientName } from '../../core/money.js';

/**
 * A member organization's dues invoices, as its administrators (and staff) see them: every year's invoice with its
 * amount, what has been paid and what is outstanding, and its PDF. The server answers only the caller's own
 * organization's invoices, whatever is asked.
 */
export async function render(main) {
  const [user, invoices] = await Promise.all([caller(), get('/api/dues/invoices')]);
  const sorted = [...invoices].sort((a, b) => b.fiscalYear - a.fiscalYear || b.number.localeCompare(a.number));
  const outstanding = sorted.filter((i) => i.status !== 'voided').reduce((sum, i) => sum + i.balance, 0);
  const organization = sorted[0] ? recipientName(sorted[0]) : (user?.organizationName || user?.organization || '');
  replace(main,
    h('h1', {}, t('dues.member.title')),
    h('p', { class: 'lead' }, t('dues.member.lead', { organization })),
    h('p', { id: 'member-outstanding', class: outstanding > 0 ? 'dues-outstanding' : null },
      outstanding > 0 ? t('dues.member.outstanding', { amount: formatYen(outstanding) }) : t('dues.member.settled')),
    sorted.length === 0 ? h('p', {}, t('dues.member.none')) : h('div', { class: 'table-scroll' },
      h('table', { class: 'dues-table', id: 'member-invoices' },
        h('caption', {}, t('dues.member.caption', { organization })),
        h('thead', {}, h('tr', {}, ['number', 'year', 'total', 'issueDate', 'dueDate', 'paid', 'balance', 'status', 'pdf']
          .map((c) => h('th', { scope: 'col', class: ['total', 'paid', 'balance'].includes(c) ? 'number' : null },
            t(`dues.column.${c}`))))),
        h('tbody', {}, sorted.map((invoice) => h('tr', { 'data-invoice': invoice.number },
          h('th', { scope: 'row' }, invoice.number),
          cell('year', fiscalYearLabel(invoice.fiscalYear)),
          cell('total', formatYen(invoice.total), 'number',
            invoice.tax > 0 ? h('span', { class: 'meta' }, t('dues.member.taxIncluded', { tax: formatYen(invoice.tax) }))
              : null),
          cell('issueDate', formatDate(invoice.issueDate)),
          cell('dueDate', formatDate(invoice.dueDate)),
          cell('paid', formatYen(invoice.paid), 'number'),
          cell('balance', formatYen(invoice.status === 'voided' ? 0 : invoice.balance), 'number'),
          cell('status', h('span', { class: `state dues-state-${invoice.status}` }, invoiceStatus(invoice)),
            null, invoice.overdue ? h('span', { class: 'dues-overdue-mark' }, t('dues.overdue.mark')) : null),
          cell('pdf', h('a', {
            href: `/api/dues/invoices/${encodeURIComponent(invoice.number)}/pdf`,
            download: `invoice-${invoice.number}.pdf`,
            'aria-label': t('dues.member.pdfNamed', { number: invoice.number }),
          }, t('dues.member.pdf')))))))),
    h('p', { class: 'meta' }, t('dues.member.help')));
}

function cell(column, content, className = null, ...more) {
  return h('td', { class: className, 'data-label': t(`dues.column.${column}`) }, content, more);
}
