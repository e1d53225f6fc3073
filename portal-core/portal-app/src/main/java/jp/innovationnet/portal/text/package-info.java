/**
 * Text as the portal handles it: Japanese and English compared, searched and sorted ({@link
 * jp.innovationnet.portal.text.JapaneseText}), Markdown turned into safe HTML ({@link
 * jp.innovationnet.portal.text.MarkdownHtml}) and tables written as spreadsheet-safe CSV ({@link
 * jp.innovationnet.portal.text.SpreadsheetCsv}).
 */
package jp.innovationnet.portal.text;
