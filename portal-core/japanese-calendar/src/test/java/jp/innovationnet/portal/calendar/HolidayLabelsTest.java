package jp.innovationnet.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.DayOff;
import jp.innovationnet.portal.plugin.api.kit.DayOffReason;

/** Every Japanese holiday Jollyday knows has a name in both languages (the kit's labels). */
class HolidayLabelsTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]");
    @Test
    void everyJapaneseHolidayOfJollydayHasANameInBothLanguages() throws Exception {
        String configuration;
        try (InputStream in = de.focus_shift.jollyday.core.HolidayManager.class.getResourceAsStream(
                "/holidays/Holidays_jp.xml")) {
            configuration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher key = Pattern.compile("descriptionPropertiesKey=\"(\\w+)\"").matcher(configuration);
        int keys = 0;
        while (key.find()) {
            DayOff day = new DayOff(LocalDate.of(2026, 1, 1), DayOffReason.HOLIDAY, key.group(1));
            assertThat(day.label(Locale.JAPANESE)).as(key.group(1)).containsPattern(JAPANESE);
            assertThat(day.label(Locale.ENGLISH)).as(key.group(1)).isNotBlank().doesNotContainPattern(JAPANESE);
            keys++;
        }
        assertThat(keys).isGreaterThan(15);
    }
}
