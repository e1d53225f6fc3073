import { language, t } from './i18n.js';

/**
 * Money and fiscal years of the dues screens: yen as Japanese readers write it (120,000円) and as English readers
 * do (¥120,000); Japanese fiscal years (年度) from April to March, named by the year they start in.
 */

/** @param {number} amount yen @returns {string} 120,000円 / ¥120,000 */
export function formatYen(amount) {
  if (language() === 'ja') return `${new Intl.NumberFormat('ja-JP').format(amount)}円`;
  return `${amount < 0 ? '−' : ''}¥${new Intl.NumberFormat('en-GB').format(Math.abs(amount))}`;
}

/** @param {number} year the calendar year of its April 1 @returns {string} 2026年度 / FY2026 */
export function fiscalYearLabel(year) {
  return language() === 'ja' ? `${year}年度` : `FY${year}`;
}

/** @returns {string} today in Japan as an ISO date (2026-12-01) */
export function todayInJapan() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

/** @returns {number} the fiscal year today falls in (January–March belong to the year that began the April before) */
export function currentFiscalYear() {
  const [year, month] = todayInJapan().split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** @returns {string} the invoice's status in the page's language */
export function invoiceStatus(invoice) {
  return t(`dues.status.${invoice.status}`);
}

/** @returns {string} the invoice's recipient in the page's language (the other one when it has none) */
export function recipientName(invoice) {
  return language() === 'ja' ? (invoice.recipientNameJa || invoice.recipientNameEn)
    : (invoice.recipientNameEn || invoice.recipientNameJa);
}
