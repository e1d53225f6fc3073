package jp.innovationnet.portal.files;

import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import jp.innovationnet.portal.plugin.api.kit.CalendarEntry;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;

/**
 * The plugin kit's {@link CalendarFiles}, built with ical4j: {@code METHOD:PUBLISH}, one VEVENT per entry with its
 * UID, times in UTC, summary, description, location, URL and status. One per plugin: the product identifier names
 * it.
 */
public final class ICalendarFiles implements CalendarFiles {

    private final String productId;

    /** @param source who writes the files, e.g. a plugin's id: {@code -//Innovation Network Portal//events//JA} */
    public ICalendarFiles(String source) {
        this.productId = "-//Innovation Network Portal//" + source + "//JA";
    }

    @Override
    public String write(Optional<String> name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar().withProdId(productId).withDefaults().getFluentTarget();
        calendar.add(ImmutableMethod.PUBLISH);
        name.ifPresent(text -> calendar.add(new XProperty("X-WR-CALNAME", text)));
        entries.forEach(entry -> calendar.add(vevent(entry)));
        return calendar.toString();
    }

    private static VEvent vevent(CalendarEntry entry) {
        VEvent vevent = new VEvent(entry.start(), entry.end(), entry.title());
        vevent.add(new Uid(entry.uid()));
        vevent.add(new Description(entry.description()));
        entry.location().ifPresent(text -> vevent.add(new Location(text)));
        vevent.add(new Url(entry.url()));
        vevent.add(status(entry.status()));
        return vevent;
    }

    private static Status status(CalendarEntry.Status status) {
        return switch (status) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }
}
