package jp.innovationnet.portal.plugins.inquiries.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The statistics' table as a CSV file for spreadsheets (Apache Commons CSV, RFC 4180 with CRLF), as the events
 * plugin writes its own: UTF-8 with a byte order mark, so that Excel reads Japanese correctly, and text cells a
 * spreadsheet would take for a formula ({@code = + - @}, tab or carriage return first) prefixed with an apostrophe
 * (OWASP "CSV injection": organization names come from members).
 */
public final class CsvFile {

    /** The media type of the file. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final char BOM = '\uFEFF';

    private CsvFile() {
    }

    /**
     * @param rows   the table
     * @param locale the reader's language, for the header
     * @return the file's bytes
     */
    public static byte[] write(List<StatisticsTable.Row> rows, Locale locale) {
        boolean ja = Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write(BOM);
            printer.printRecord(ja ? List.of("区分コード", "区分", "キー", "項目", "値")
                    : List.of("dimension", "dimension label", "key", "label", "value"));
            for (StatisticsTable.Row row : rows) {
                printer.printRecord(cell(row.dimension()), cell(row.dimensionLabel()), cell(row.key()),
                        cell(row.label()), cell(row.value()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /** @return a cell as written: numbers unchanged, text defused if a spreadsheet would read it as a formula */
    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
