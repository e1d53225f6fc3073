package jp.innovationnet.portal.plugin.api.kit;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Calendar files (iCalendar, RFC 5545, {@code METHOD:PUBLISH}) that calendar programs import or subscribe to: one
 * entry's file to add it, or a feed of many with a name. Written by the core (ical4j); thread-safe.
 */
@ProviderType
public interface CalendarFiles {

    /** The media type of the files, for {@code RouteResponse.content} and mail attachments. */
    String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    /**
     * @param name    the calendar's name (X-WR-CALNAME) in the reader's language, for a subscription feed; empty for
     *                one entry's file
     * @param entries its entries, one VEVENT each
     * @return the calendar text (UTF-8, CRLF line ends)
     */
    String write(Optional<String> name, List<CalendarEntry> entries);
}
