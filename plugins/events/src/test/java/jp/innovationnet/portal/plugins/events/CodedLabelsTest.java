package jp.innovationnet.portal.plugins.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.events.attendees.AttendeeColumn;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.event.EventStatus;
import jp.innovationnet.portal.plugins.events.event.Region;
import jp.innovationnet.portal.plugins.events.question.QuestionType;
import jp.innovationnet.portal.plugins.events.question.YesNo;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

class CodedLabelsTest {

    private static final List<Class<? extends Coded>> LISTS = List.of(AudienceKind.class, EventKind.class,
            EventStatus.class, Region.class, RegistrationStatus.class, QuestionType.class, YesNo.class,
            AttendeeColumn.class);

    @Test
    void everyValueHasALabelInBothLanguagesAndTheJapaneseOneIsJapanese() {
        for (Class<? extends Coded> list : LISTS) {
            for (Coded value : list.getEnumConstants()) {
                assertThat(value.labelEn()).as(list.getSimpleName() + "." + value.code()).isNotBlank()
                        .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
                assertThat(value.labelJa()).as(list.getSimpleName() + "." + value.code())
                        .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]");
            }
        }
    }

    @Test
    void codesAreTheNamesInLowerCaseExceptRegionsWhichKeepTheDirectorysSpelling() {
        assertThat(EventKind.EXCHANGE_MEETING.code()).isEqualTo("exchange-meeting");
        assertThat(Region.KINKI.code()).isEqualTo("Kinki");
        assertThat(Coded.byCode(EventKind.values(), "matching-fair")).contains(EventKind.MATCHING_FAIR);
        assertThat(Stream.of(EventKind.values()).map(EventKind::labelJa)).contains("マッチングフェア");
    }
}
