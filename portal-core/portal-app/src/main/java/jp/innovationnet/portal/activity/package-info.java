/**
 * The activity log of plugin contract 1.5: the reports of what people did, kept in {@code activity_report} for every
 * server of a cluster, and read summed up by person, kind, service and region.
 */
package jp.innovationnet.portal.activity;
