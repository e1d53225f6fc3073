package jp.innovationnet.portal.plugins.events.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files for spreadsheets (Apache Commons CSV, RFC 4180 with CRLF): UTF-8 with a byte order mark, so that Excel
 * reads Japanese correctly, and text cells that a spreadsheet would take for a formula ({@code = + - @}, tab or
 * carriage return first) prefixed with an apostrophe (OWASP "CSV injection"). Numbers are written as they are.
 */
public final class CsvExport {

    /** The media type of the files. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private static final char BOM = '\uFEFF';

    private CsvExport() {
    }

    /**
     * @param header the column names
     * @param rows   the rows: text ({@link CharSequence}), numbers, or null for an empty cell
     * @return the file
     */
    public static byte[] write(List<String> header, List<List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write(BOM);
            printer.printRecord(header.stream().map(CsvExport::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvExport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param value a cell's value
     * @return it as written: numbers unchanged, text defused if a spreadsheet would read it as a formula
     */
    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
