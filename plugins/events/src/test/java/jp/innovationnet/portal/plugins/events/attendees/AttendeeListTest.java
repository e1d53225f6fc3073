package jp.innovationnet.portal.plugins.events.attendees;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugins.events.question.Question;
import jp.innovationnet.portal.plugins.events.question.QuestionType;
import jp.innovationnet.portal.plugins.events.question.Questions;
import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;
import jp.innovationnet.portal.plugins.events.registration.Seats;

import static org.assertj.core.api.Assertions.assertThat;

class AttendeeListTest {

    private static final Instant REGISTERED = Instant.parse("2026-12-01T01:02:00Z");

    private final List<Question> questions = Questions.asked(Questions.draft(QuestionType.CHOICE, true,
            Questions.lunch()), Questions.draft(QuestionType.YES_NO, false), Questions.draft(QuestionType.TEXT, false));
    private final Seats seats = new Seats(7, 1);
    private final List<Registration> registrations = List.of(
            seats.admit(new Registrant(Optional.empty(), "山田 花子", "hanako@example.jp", Locale.JAPANESE,
                    Optional.empty(), Optional.of("浜松ホトニクス")), Map.of("q1", "0", "q2", "yes",
                    "q3", "車椅子で伺います, 2 名"), false, REGISTERED),
            seats.admit(new Registrant(Optional.empty(), "=HYPERLINK(\"http://evil\")", "-x@example.jp",
                    Locale.ENGLISH, Optional.of("tama")), Map.of("q1", "2"), false, REGISTERED));

    /** Keeps what it is given to write, as the portal's CSV files would write it. */
    private final class Written implements CsvFiles {

        private List<List<String>> rows;

        @Override
        public byte[] write(List<String> header, List<? extends List<?>> body) {
            rows = new ArrayList<>(List.of(header));
            body.forEach(row -> rows.add(row.stream().map(String::valueOf).toList()));
            return new byte[0];
        }
    }

    @Test
    void headedAndLabelledInJapanese() {
        Written csv = new Written();
        new AttendeeList(questions, r -> r.registrant().organization().orElse("TAMA協会"),
                ZoneId.of("Asia/Tokyo"), Locale.JAPANESE).csv(csv, registrations);
        assertThat(csv.rows.get(0)).containsExactly("氏名", "メールアドレス", "所属", "言語", "状況", "申込日時",
                "受付日時", "質問 choice", "質問 yes-no", "質問 text");
        assertThat(csv.rows.get(1)).containsExactly("山田 花子", "hanako@example.jp", "浜松ホトニクス", "ja",
                "参加確定", "2026-12-01 10:02", "", "弁当", "はい", "車椅子で伺います, 2 名");
        assertThat(csv.rows.get(2).get(4)).isEqualTo(RegistrationStatus.WAITING.labelJa());
        assertThat(csv.rows.get(2).get(2)).isEqualTo("TAMA協会");
    }

    @Test
    void inEnglishWithCheckInTimesAndReadableAnswers() {
        registrations.get(0).checkIn(REGISTERED.plusSeconds(86_400));
        Written csv = new Written();
        new AttendeeList(questions, r -> "", ZoneId.of("Asia/Tokyo"), Locale.ENGLISH).csv(csv, registrations);
        assertThat(csv.rows.get(0).get(0)).isEqualTo("Name");
        assertThat(csv.rows.get(1).get(4)).isEqualTo("Confirmed");
        assertThat(csv.rows.get(1).get(6)).isEqualTo("2026-12-02 10:02");
        assertThat(csv.rows.get(1).get(8)).isEqualTo("Yes");
        assertThat(csv.rows.get(2).get(0)).as("left to the portal's formula escaping")
                .isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(csv.rows.get(2).get(7)).as("an option written by the organiser").isEqualTo("=Vegetarian");
        assertThat(csv.rows.get(2).get(8)).isEmpty();
    }
}
