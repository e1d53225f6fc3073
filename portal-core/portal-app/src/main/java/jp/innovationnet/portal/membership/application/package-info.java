/**
 * Membership applications: the public form's submissions, their review by the secretariat (questions to the
 * applicant and answers through a private link), approval ({@link
 * jp.innovationnet.portal.membership.application.MemberAdmitted}) and rejection, with mail to the applicant in their
 * language.
 */
package jp.innovationnet.portal.membership.application;
