/**
 * The network's activity statistics (events by kind, region and month; registrations, attendance, satisfaction),
 * computed in the database for the secretariat and the steering agency.
 */
package jp.innovationnet.portal.plugins.events.statistics;
