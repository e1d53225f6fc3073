/** Files sent with messages: checked by content (Apache Tika), stored apart from their metadata. */
package jp.innovationnet.portal.plugins.inquiries.attachment;
