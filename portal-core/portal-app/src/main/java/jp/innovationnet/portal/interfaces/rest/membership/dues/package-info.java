/**
 * REST: membership dues under {@code /api/dues}: the secretariat sets the dues, issues and voids invoices, records
 * payments, lists what is overdue, sends reminders and exports CSV for accounting; members' administrators and staff
 * read their own organization's invoices and download their PDFs, and nobody else's.
 */
package jp.innovationnet.portal.interfaces.rest.membership.dues;
