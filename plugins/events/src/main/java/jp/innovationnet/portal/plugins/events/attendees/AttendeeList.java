package jp.innovationnet.portal.plugins.events.attendees;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jp.innovationnet.portal.plugin.api.kit.CsvFiles;

import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.registration.Registration;

/**
 * An event's attendee list for spreadsheets (written by the portal's {@link CsvFiles}): headers and statuses in the
 * reader's language, one column per question the event asks now (answers to removed questions stay out), times in
 * the event's zone.
 */
public final class AttendeeList {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
     * @param files         writes CSV files
     * @param registrations the registrations, in the order to list them
     * @return the CSV file's bytes
     */
    public byte[] csv(CsvFiles files, List<Registration> registrations) {
        return files.write(header(), registrations.stream().map(this::row).toList());
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        for (AttendeeColumn column : AttendeeColumn.values()) {
            header.add(column.label(locale));
        }
        questions.forEach(q -> header.add(q.label(locale)));
        return header;
    }

    private List<String> row(Registration r) {
        List<String> row = new ArrayList<>(List.of(r.registrant().name(), r.registrant().email(),
                organization.apply(r), r.registrant().language().getLanguage(), r.status().label(locale),
                time(r.createdAt()), r.checkedInAt().map(this::time).orElse("")));
        Map<String, String> answers = r.answers();
        for (Question question : questions) {
            String answer = answers.get(question.key());
            row.add(answer == null ? "" : question.readable(answer, locale));
        }
        return row;
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }
}
