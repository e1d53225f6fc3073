/**
 * The member directory's search: an in-process Apache Lucene index of every organization's public data, rebuilt
 * from the database when the application starts and kept in step after each committed change
 * ({@link jp.innovationnet.portal.directory.DirectoryIndexSync}). Text is folded with
 * {@link jp.innovationnet.portal.text.JapaneseText} (NFKC, width, kana, case) and indexed as character 1- and
 * 2-grams, so a query matches any part of a name, reading or profile as people type it
 * ({@link jp.innovationnet.portal.directory.SearchText}). Pages are keyset pages (a cursor of the last sort key).
 */
package jp.innovationnet.portal.directory;
