/**
 * What the events plugin reports to the portal's activity log (contract 1.5): the events people organised and the
 * coordinator trainings they attended.
 */
package jp.innovationnet.portal.plugins.events.activity;
