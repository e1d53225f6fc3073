/**
 * Membership dues (会費): the annual dues per membership class and Japanese fiscal year ({@link
 * jp.innovationnet.portal.membership.dues.DuesSchedule}), the invoices issued from them as qualified invoices
 * (適格請求書, {@link jp.innovationnet.portal.membership.dues.InvoicePdf}), the payments recorded against them,
 * overdue invoices and reminders, and the accountant's CSV exports. Every change is written to the audit trail
 * (target types {@code dues-schedule} and {@code dues-invoice}).
 */
package jp.innovationnet.portal.membership.dues;
