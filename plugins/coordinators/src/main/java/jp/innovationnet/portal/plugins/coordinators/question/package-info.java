/**
 * Questions and answers among the network: a question tagged by field, service, region and free tags, its answers
 * with their votes and the one answer its asker accepts, and the escalation of an unanswered question to the
 * secretariat after some Japanese business days.
 */
package jp.innovationnet.portal.plugins.coordinators.question;
