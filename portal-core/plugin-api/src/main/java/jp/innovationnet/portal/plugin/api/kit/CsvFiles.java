package jp.innovationnet.portal.plugin.api.kit;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * CSV files for spreadsheets, written by the core with Apache Commons CSV (RFC 4180, CRLF): UTF-8 with a byte order
 * mark, so that Excel reads Japanese correctly, and every text cell a spreadsheet would take for a formula
 * ({@code = + - @}, tab or carriage return first) prefixed with an apostrophe (OWASP "CSV injection"). Numbers are
 * written as they are. Thread-safe.
 */
@ProviderType
public interface CsvFiles {

    /** The media type of the files. */
    String MEDIA_TYPE = "text/csv; charset=UTF-8";

    /**
     * @param header the column names
     * @param rows   the rows: text (anything else but numbers is written as its {@code toString()}), numbers, or null
     *               for an empty cell
     * @return the file's bytes
     */
    byte[] write(List<String> header, List<? extends List<?>> rows);
}
