/** The thread of an inquiry: the question, replies, the asker's messages and internal notes. */
package jp.innovationnet.portal.plugins.inquiries.message;
