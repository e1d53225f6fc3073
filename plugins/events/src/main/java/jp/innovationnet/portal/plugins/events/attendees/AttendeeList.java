package jp.innovationnet.portal.plugins.events.attendees;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.registration.Registration;

/**
 * An event's attendee list as a CSV file for spreadsheets: UTF-8 with a byte order mark (so that Excel in Japan
 * reads it as UTF-8), RFC 4180 quoting (Apache Commons CSV), headers and statuses in the reader's language, one
 * column per question the event asks now (answers to removed questions stay out), times in the event's zone.
 * Cells that a spreadsheet would run as a formula ({@code = + - @}, tab, carriage return first) get a leading
 * apostrophe, so that a registrant's name cannot become a formula on the organiser's computer.
 */
public final class AttendeeList {

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final List<Question> questions;
    private final Function<Registration, String> organization;
    private final ZoneId zone;
    private final Locale locale;

    /**
     * @param questions    the questions the event asks, in order
     * @param organization the organization a registration comes for, as the reader should see it
     * @param zone         the event's time zone
     * @param locale       the reader's language
     */
    public AttendeeList(List<Question> questions, Function<Registration, String> organization, ZoneId zone,
                        Locale locale) {
        this.questions = List.copyOf(questions);
        this.organization = organization;
        this.zone = zone;
        this.locale = locale;
    }

    /**
     * @param registrations the registrations, in the order to list them
     * @return the CSV file's bytes
     */
    public byte[] csv(List<Registration> registrations) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header());
            for (Registration registration : registrations) {
                printer.printRecord(row(registration).stream().map(AttendeeList::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the attendee list", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        for (AttendeeColumn column : AttendeeColumn.values()) {
            header.add(column.label(locale));
        }
        questions.forEach(q -> header.add(safe(q.label(locale))));
        return header;
    }

    private List<String> row(Registration r) {
        List<String> row = new ArrayList<>(List.of(r.registrant().name(), r.registrant().email(),
                organization.apply(r), r.registrant().language().getLanguage(), r.status().label(locale),
                time(r.createdAt()), r.checkedInAt().map(this::time).orElse("")));
        for (Question question : questions) {
            String answer = r.answers().get(question.key());
            row.add(answer == null ? "" : question.readable(answer, locale));
        }
        return row;
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /**
     * @param cell a cell's text
     * @return the text, with an apostrophe first if a spreadsheet would read it as a formula
     */
    static String safe(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
