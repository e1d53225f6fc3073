/**
 * Outgoing e-mail: queued in the transaction of the change that causes it ({@link MailOutbox}), sent through SMTP
 * after commit by {@link MailDispatcher}, retried with backoff until the server accepts it. Nothing is lost when the
 * SMTP server is down or the portal restarts; a mail whose change rolled back is never sent.
 */
package jp.innovationnet.portal.mail;
