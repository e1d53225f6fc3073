package jp.innovationnet.portal.plugin.api.kit;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day that is not a business day ({@link BusinessDays}).
 *
 * @param date    the day in Japan
 * @param reason  why
 * @param holiday for {@link DayOffReason#HOLIDAY}, the key of the holiday's name in the kit's labels
 *                ({@code Holiday.<key>}), e.g. {@code SUBSTITUTE_HOLIDAY}; else null
 */
public record DayOff(LocalDate date, DayOffReason reason, String holiday) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if ((reason == DayOffReason.HOLIDAY) != (holiday != null)) {
            throw new IllegalArgumentException("a holiday, and only a holiday, has a name");
        }
    }

    /**
     * @param locale the reader's language
     * @return what the day is, in Japanese or English: the holiday's name (振替休日, Constitution Memorial Day...), or
     *     the reason's label
     */
    public String label(Locale locale) {
        if (holiday == null) {
            return reason.label(locale);
        }
        return Languages.bundle(DayOff.class.getPackageName() + ".labels", locale, DayOff.class.getClassLoader())
                .getString("Holiday." + holiday);
    }
}
