import { h } from '../../core/dom.js';
import { t } from '../../core/i18n.js';
import { todayInJapan } from '../../core/money.js';

/**
 * The two dates every issuing form asks for (the yearly run and a reissue): the issue date, today in Japan unless
 * changed, and the due date.
 *
 * @param {string} prefix the forms' id prefix, e.g. 'dues' or 'reissue'
 * @returns {HTMLElement[]} the two labelled fields
 */
export function issueDateFields(prefix) {
  return [
    h('div', { class: 'field' },
      h('label', { for: `${prefix}-issue-date` }, t('dues.issue.issueDate')),
      h('input', { id: `${prefix}-issue-date`, name: 'issueDate', type: 'date', value: todayInJapan() })),
    h('div', { class: 'field' },
      h('label', { for: `${prefix}-due-date` }, t('dues.issue.dueDate')),
      h('input', { id: `${prefix}-due-date`, name: 'dueDate', type: 'date', required: true })),
  ];
}

/** @returns {{issueDate: string|null, dueDate: string|null}} the dates of such a form, null when left empty */
export function issueDates(form) {
  const data = new FormData(form);
  return { issueDate: data.get('issueDate') || null, dueDate: data.get('dueDate') || null };
}
