/** Mails to askers through the plugin's own outbox table, and the staff's inbox notifications. */
package jp.innovationnet.portal.plugins.inquiries.notice;
