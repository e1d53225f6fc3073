/** Exports of the plugin's figures and lists for spreadsheets: CSV that is safe to open. */
package jp.innovationnet.portal.plugins.events.export;
