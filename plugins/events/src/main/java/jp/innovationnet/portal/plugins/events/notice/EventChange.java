package jp.innovationnet.portal.plugins.events.notice;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Texts;

/** What registrants are told about when an organiser edits a published event. */
public enum EventChange {
    /** The start or the end. */
    TIME(MailText.CHANGE_TIME),
    /** The venue's name or address. */
    VENUE(MailText.CHANGE_VENUE),
    /** The link to join online. */
    ONLINE_LINK(MailText.CHANGE_ONLINE);

    private final MailText label;

    EventChange(MailText label) {
        this.label = label;
    }

    String label(Locale language) {
        return label.in(language);
    }

    /**
     * What registrants need to know of an event, taken before an edit.
     *
     * @param startsAt   the start
     * @param endsAt     the end
     * @param venueName  the venue's name in both languages
     * @param address    the venue's address, or null
     * @param onlineUrl  the online link, or null
     */
    public record Snapshot(Instant startsAt, Instant endsAt, Texts venueName, String address, String onlineUrl) {

        /** @param event an event @return what registrants need to know of it now */
        public static Snapshot of(Event event) {
            return new Snapshot(event.startsAt(), event.endsAt(), event.venue().name(),
                    event.venue().address().orElse(null), event.venue().onlineUrl().orElse(null));
        }

        /**
         * @param now the same event after the edit
         * @return what changed of it that registrants need to know
         */
        public Set<EventChange> changesTo(Snapshot now) {
            Set<EventChange> changes = EnumSet.noneOf(EventChange.class);
            if (!startsAt.equals(now.startsAt) || !endsAt.equals(now.endsAt)) {
                changes.add(TIME);
            }
            if (!Objects.equals(venueName, now.venueName) || !Objects.equals(address, now.address)) {
                changes.add(VENUE);
            }
            if (!Objects.equals(onlineUrl, now.onlineUrl)) {
                changes.add(ONLINE_LINK);
            }
            return changes;
        }
    }
}
