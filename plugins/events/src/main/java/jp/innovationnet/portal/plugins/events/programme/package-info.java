/** Event programmes: Markdown rendered with commonmark-java and sanitised with the OWASP HTML sanitiser. */
package jp.innovationnet.portal.plugins.events.programme;
