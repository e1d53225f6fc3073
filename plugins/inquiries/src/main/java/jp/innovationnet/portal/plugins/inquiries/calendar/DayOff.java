package jp.innovationnet.portal.plugins.inquiries.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import jp.innovationnet.portal.plugin.api.kit.Languages;

/**
 * A day that is not a business day.
 *
 * @param date   the day in Japan
 * @param reason why
 * @param name   for {@link DayOffReason#HOLIDAY}, the key of the holiday's name in this package's labels
 *               ({@code Holiday.<key>}), e.g. {@code SUBSTITUTE_HOLIDAY}; else null
 */
public record DayOff(LocalDate date, DayOffReason reason, String name) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if ((reason == DayOffReason.HOLIDAY) != (name != null)) {
            throw new IllegalArgumentException("a holiday, and only a holiday, has a name");
        }
    }

    /**
     * @param locale the reader's language
     * @return what the day is, in Japanese or English: the holiday's name (振替休日, Constitution Memorial Day...), or
     *     the reason's label
     */
    public String label(Locale locale) {
        if (name == null) {
            return reason.label(locale);
        }
        return Languages.bundle(DayOff.class.getPackageName() + ".labels", locale, DayOff.class.getClassLoader())
                .getString("Holiday." + name);
    }
}
