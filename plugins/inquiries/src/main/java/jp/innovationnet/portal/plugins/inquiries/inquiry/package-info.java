/** Inquiries: their statuses, reference numbers, and lists that carry confidentiality in the query. */
package jp.innovationnet.portal.plugins.inquiries.inquiry;
