package jp.innovationnet.portal.plugin.api.activity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

/**
 * One thing a person did, as the plugin where they did it reports it. Only what the whole network may read: the
 * classification and, for public things (an event), a title; never the text of an inquiry or a company's name.
 *
 * @param key        names the activity within the reporting plugin, 1 to 200 characters, e.g.
 *                   {@code "inquiry-2026-0042:<user id>"}; a later report with the same key replaces it
 * @param personId   who did it: the Keycloak user id
 * @param kind       what they did
 * @param occurredAt when
 * @param region     where, if it is tied to one
 * @param fields     the fields it concerned; may be empty
 * @param services   the services it concerned (an inquiry on IP licensing: {@code IP_LICENSING}); may be empty
 * @param titleJa    what it was, in Japanese, when the network may read it (an event's title); empty otherwise
 * @param titleEn    the same in English; empty otherwise
 * @param path       the portal page it happened on, starting with '/', e.g. {@code "/p/events/events?id=12"}, if any
 */
public record ActivityReport(String key, String personId, ActivityKind kind, Instant occurredAt,
                             Optional<Region> region, Set<ActivityField> fields, Set<SupportService> services,
                             String titleJa, String titleEn, Optional<String> path) {

    /** The longest key. */
    public static final int KEY_MAX = 200;

    /** The longest title, in either language. */
    public static final int TITLE_MAX = 300;

    public ActivityReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (key.isBlank() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("an activity's key has 1 to " + KEY_MAX + " characters: " + key);
        }
        if (personId.isBlank()) {
            throw new IllegalArgumentException("an activity needs a person");
        }
        fields = Set.copyOf(fields);
        services = Set.copyOf(services);
        titleJa = title(titleJa);
        titleEn = title(titleEn);
        path.filter(p -> !p.startsWith("/")).ifPresent(p -> {
            throw new IllegalArgumentException("an activity's path starts with '/': " + p);
        });
    }

    /**
     * An activity without a title or page, e.g. an inquiry answered.
     *
     * @param key        names it within the plugin
     * @param personId   who did it
     * @param kind       what they did
     * @param occurredAt when
     * @param region     where, if anywhere
     * @param fields     the fields it concerned
     * @param services   the services it concerned
     * @return the report
     */
    public static ActivityReport untitled(String key, String personId, ActivityKind kind, Instant occurredAt,
                                          Optional<Region> region, Set<ActivityField> fields,
                                          Set<SupportService> services) {
        return new ActivityReport(key, personId, kind, occurredAt, region, fields, services, "", "",
                Optional.empty());
    }

    private static String title(String title) {
        String text = title == null ? "" : title.strip();
        if (text.length() > TITLE_MAX) {
            throw new IllegalArgumentException("an activity's title has at most " + TITLE_MAX + " characters");
        }
        return text;
    }
}
