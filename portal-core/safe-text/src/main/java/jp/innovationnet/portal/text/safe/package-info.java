/**
 * Text members write, made safe to show or to open: Markdown turned into sanitised HTML ({@link
 * jp.innovationnet.portal.text.safe.MarkdownHtml}) and tables written as spreadsheet-safe CSV ({@link
 * jp.innovationnet.portal.text.safe.SpreadsheetCsv}). The core's own policies, which it also offers plugins (contract
 * 1.4: {@code SafeMarkdown}, {@code CsvFiles}) and the plugin test kit uses as they are.
 */
package jp.innovationnet.portal.text.safe;
