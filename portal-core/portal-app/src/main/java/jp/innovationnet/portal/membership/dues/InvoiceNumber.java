package jp.innovationnet.portal.membership.dues;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice's number: its fiscal year and its place in that year's sequence, e.g. {@code 2026-0001}. Numbers of
 * a year run without gaps in the order of issue (a voided invoice keeps its number).
 *
 * @param fiscalYear the fiscal year of the dues it bills
 * @param sequence   1 for the year's first invoice
 */
public record InvoiceNumber(FiscalYear fiscalYear, int sequence) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4,6})");

    public InvoiceNumber {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("a sequence from 1 to 999999, not " + sequence);
        }
    }

    /**
     * @param text a number as printed, e.g. {@code 2026-0001}
     * @return the number
     * @throws IllegalArgumentException if the text is not one
     */
    public static InvoiceNumber parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("an invoice number looks like 2026-0001, not '" + text + "'");
        }
        return new InvoiceNumber(new FiscalYear(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)));
    }

    /** @return the next number of the same year */
    public InvoiceNumber next() {
        return new InvoiceNumber(fiscalYear, sequence + 1);
    }

    @Override
    public String toString() {
        return "%d-%04d".formatted(fiscalYear.startYear(), sequence);
    }
}
