package jp.innovationnet.portal.plugin.api.kit;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a calendar file ({@link CalendarFiles}): a VEVENT.
 *
 * @param uid         stable across versions of the entry, so that calendar programs update it in place, e.g.
 *                    {@code event-12@events.innovation-net.jp}
 * @param start       when it starts (written in UTC: calendar programs show it in their reader's zone)
 * @param end         when it ends, after the start
 * @param title       its title in the reader's language
 * @param description what it is, in the reader's language; may be empty
 * @param location    where: a place, an address, an online link
 * @param url         its page in the portal
 * @param status      confirmed, tentative (e.g. on a waiting list) or cancelled
 */
public record CalendarEntry(String uid, Instant start, Instant end, String title, String description,
                            Optional<String> location, URI url, Status status) {

    /** An entry's STATUS. */
    public enum Status {
        /** It takes place. */
        CONFIRMED,
        /** It may take place for the reader, e.g. while they wait for a seat. */
        TENTATIVE,
        /** It does not take place. */
        CANCELLED
    }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
        location = location.filter(text -> !text.isBlank());
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an entry ends after it starts: " + start + " – " + end);
        }
    }
}
