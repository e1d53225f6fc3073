package jp.innovationnet.portal.plugins.events.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Events and viewers for the tests. */
public final class Events {

    /** 2026-12-10 13:30 in Japan. */
    public static final Instant START = Instant.parse("2026-12-10T04:30:00Z");

    private Events() {
    }

    /**
     * @param organiser the organizing member
     * @param audience  whom it is for
     * @return a draft seminar of the organiser
     */
    public static Event draft(String organiser, Audience audience) {
        return Event.draft(organiser, details(audience), "user-1", START.minusSeconds(86_400 * 30));
    }

    /** @param audience whom it is for @return details of a seminar */
    public static EventDetails details(Audience audience) {
        return details(audience, START);
    }

    /** @param audience whom it is for @param start when it starts @return details of a three-hour seminar */
    public static EventDetails details(Audience audience, Instant start) {
        return new EventDetails(EventKind.SEMINAR, new Texts("産学連携セミナー", "Industry-academia seminar"),
                new Texts("概要", "Summary"), new Texts("## 午後\n- 講演", "## Afternoon\n- Talk"),
                new Venue(new Texts("浜松会場", "Hamamatsu hall"), Optional.of("静岡県浜松市中区1-1"),
                        Optional.of("Chubu"), Optional.of("https://meet.example/abc")),
                start, start.plusSeconds(3 * 3600), ZoneId.of("Asia/Tokyo"), List.of(), Optional.empty(),
                start, audience, new Contact("事務局", "office@example.jp", Optional.empty()), false);
    }

    /** @param kind the kind @return an audience of that kind without lists */
    public static Audience audience(AudienceKind kind) {
        return new Audience(kind, Set.of(), Set.of());
    }

    /** @param org organization @param region its region @param roles roles @return a logged-in viewer */
    public static Viewer viewer(String org, String region, String... roles) {
        return new Viewer("u-" + org, Set.of(roles), Optional.ofNullable(org), Optional.ofNullable(region));
    }
}
