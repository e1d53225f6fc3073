/**
 * Canned replies: texts in Japanese and English the secretariat keeps for the desk to start replies from, for one
 * topic or for any. {@link jp.innovationnet.portal.plugins.inquiries.canned.CannedReplies} keeps them.
 */
package jp.innovationnet.portal.plugins.inquiries.canned;
