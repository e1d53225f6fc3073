/**
 * The desk's statistics for the secretariat and the steering agencies: network-wide aggregates of inquiries by topic,
 * region, receiving organization and month, their response and resolution times and the service levels' compliance,
 * computed in the database (no case's content is read).
 */
package jp.innovationnet.portal.plugins.inquiries.statistics;
