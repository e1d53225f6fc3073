package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.activity.ActivityCount;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Label;

/**
 * A coordinator's expertise from what they did, as the portal's activity log sums it up: the inquiries they answered
 * at the desk, the events they organised, the trainings they attended, their accepted answers and published cases.
 *
 * @param lines one per kind, service and region, largest count first
 */
public record TrackRecord(List<Line> lines) {

    /** The most lines a profile shows. */
    static final int LINES_MAX = 12;

    /**
     * One line: "inquiries answered (14) · IP and licensing · Chubu".
     *
     * @param kind    what they did
     * @param service on which service; null when the reports name none
     * @param region  where; null when the reports are tied to no region
     * @param count   how often
     * @param text    the line in the reader's language
     */
    public record Line(Label kind, Label service, Label region, int count, String text) {
    }

    /**
     * @param log       the activity log
     * @param personIds the coordinators whose records are wanted (a page of them)
     * @param locale    the reader's language
     * @return each one's record; an empty record for those without activity
     */
    static Map<String, TrackRecord> of(ActivityLog log, Collection<String> personIds, Locale locale) {
        Map<String, List<ActivityCount>> summaries = log.summaries(personIds);
        return personIds.stream().distinct().collect(Collectors.toMap(id -> id,
                id -> of(summaries.getOrDefault(id, List.of()), locale)));
    }

    /**
     * @param counts a person's activity summed up
     * @param locale the reader's language
     * @return their record
     */
    static TrackRecord of(List<ActivityCount> counts, Locale locale) {
        return new TrackRecord(counts.stream().limit(LINES_MAX).map(count -> line(count, locale)).toList());
    }

    private static Line line(ActivityCount count, Locale locale) {
        Label kind = label(count.kind(), locale);
        Label service = count.service().map(s -> label(s, locale)).orElse(null);
        Label region = count.region().map(r -> label(r, locale)).orElse(null);
        String amount = CoordinatorsWording.TIMES.in(locale, count.count(), kind.label());
        String text = Stream.of(Optional.of(amount), Optional.ofNullable(service).map(Label::label),
                        Optional.ofNullable(region).map(Label::label))
                .flatMap(Optional::stream).collect(Collectors.joining(" · "));
        return new Line(kind, service, region, count.count(), text);
    }

    private static Label label(Coded value, Locale locale) {
        return new Label(value.code(), value.label(locale));
    }
}
