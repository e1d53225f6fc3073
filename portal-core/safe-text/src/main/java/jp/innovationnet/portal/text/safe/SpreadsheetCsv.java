package jp.innovationnet.portal.text.safe;

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
 * reads Japanese correctly, and every text cell a spreadsheet would take for a formula ({@code = + - @}, tab or
 * carriage return first) prefixed with an apostrophe (OWASP "CSV injection": names and references come from
 * members). Numbers are written as they are. Thread-safe.
 */
public final class SpreadsheetCsv {

    private static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /**
     * @param header the column names
     * @param rows   the rows: numbers, null for an empty cell, anything else as its text
     * @return the file's bytes
     */
    public byte[] write(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            out.write(BOM);
            printer.printRecord(header.stream().map(SpreadsheetCsv::cell).toList());
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param value a cell's value
     * @return it as written: numbers and null unchanged, text defused if a spreadsheet would read it as a formula
     */
    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
