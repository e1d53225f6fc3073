/**
 * Service levels of the desk counted in Japanese business days: when a first response and a resolution are due
 * after a submission, and whether a case is on time, due soon, overdue, or met or missed its target.
 */
package jp.innovationnet.portal.plugins.inquiries.servicelevel;
