/**
 * The event report: registrations by status, attendance by organization and region, and the follow-up figures,
 * computed in the database; {@link jp.innovationnet.portal.plugins.events.report.CheckIns} is where check-ins are
 * read.
 */
package jp.innovationnet.portal.plugins.events.report;
