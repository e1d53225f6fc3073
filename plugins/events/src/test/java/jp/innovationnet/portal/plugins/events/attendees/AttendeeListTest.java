package jp.innovationnet.portal.plugins.events.attendees;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

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

    @Test
    void aUtf8FileWithBomHeadedAndLabelledInJapanese() throws IOException {
        byte[] csv = new AttendeeList(questions, r -> r.registrant().organization().orElse("TAMA協会"),
                ZoneId.of("Asia/Tokyo"), Locale.JAPANESE).csv(registrations);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(0).toList()).containsExactly("氏名", "メールアドレス", "所属", "言語", "状況", "申込日時",
                "受付日時", "質問 choice", "質問 yes-no", "質問 text");
        assertThat(rows.get(1).toList()).containsExactly("山田 花子", "hanako@example.jp", "浜松ホトニクス", "ja",
                "参加確定", "2026-12-01 10:02", "", "弁当", "はい", "車椅子で伺います, 2 名");
        assertThat(rows.get(2).get(4)).isEqualTo(RegistrationStatus.WAITING.labelJa());
        assertThat(rows.get(2).get(2)).isEqualTo("TAMA協会");
    }

    @Test
    void inEnglishAndFormulaSafe() throws IOException {
        registrations.get(0).checkIn(REGISTERED.plusSeconds(86_400));
        List<CSVRecord> rows = parse(new AttendeeList(questions, r -> "", ZoneId.of("Asia/Tokyo"), Locale.ENGLISH)
                .csv(registrations));
        assertThat(rows.get(0).get(0)).isEqualTo("Name");
        assertThat(rows.get(1).get(4)).isEqualTo("Confirmed");
        assertThat(rows.get(1).get(6)).isEqualTo("2026-12-02 10:02");
        assertThat(rows.get(1).get(8)).isEqualTo("Yes");
        assertThat(rows.get(2).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(2).get(1)).isEqualTo("'-x@example.jp");
        assertThat(rows.get(2).get(7)).as("an option written by the organiser").isEqualTo("'=Vegetarian");
        assertThat(rows.get(2).get(8)).isEmpty();
    }

    @Test
    void onlyCellsStartingLikeAFormulaArePrefixed() {
        assertThat(AttendeeList.safe("+81 3 1234")).isEqualTo("'+81 3 1234");
        assertThat(AttendeeList.safe("@sum")).isEqualTo("'@sum");
        assertThat(AttendeeList.safe("\tx")).isEqualTo("'\tx");
        assertThat(AttendeeList.safe("a=b")).isEqualTo("a=b");
        assertThat(AttendeeList.safe("")).isEmpty();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }
}
