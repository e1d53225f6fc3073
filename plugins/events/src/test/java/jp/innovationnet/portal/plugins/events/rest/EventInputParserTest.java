package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.question.ChoiceOption;
import jp.innovationnet.portal.plugins.events.question.QuestionDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventInputParserTest {

    static EventInput valid() {
        return new EventInput(null, "seminar", new EventInput.Texts("産学連携セミナー", "Seminar"),
                new EventInput.Texts("概要", "Summary"), null,
                new EventInput.VenueInput("会場", "Hall", "東京都千代田区1-1", "Kanto", null),
                "2026-12-10T13:30", "2026-12-10T17:00", null,
                List.of(new EventInput.SessionInput("2026-12-10T13:30", "2026-12-10T14:30", "基調講演", "Keynote",
                        "山田")),
                50, null, "2026-12-09T17:00", new EventInput.AudienceInput("all-members", null, null),
                new EventInput.ContactInput("事務局", "office@example.jp", null), null, null, null);
    }

    @Test
    void aValidEventIsInJapaneseTimeByDefault() {
        EventInputParser.Parsed parsed = EventInputParser.parse(valid(), Locale.ENGLISH);
        assertThat(parsed.details().kind()).isEqualTo(EventKind.SEMINAR);
        assertThat(parsed.details().startsAt()).isEqualTo(Instant.parse("2026-12-10T04:30:00Z"));
        assertThat(parsed.details().timeZone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(parsed.details().registrationClosesAt()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));
        assertThat(parsed.details().audience().kind()).isEqualTo(AudienceKind.ALL_MEMBERS);
        assertThat(parsed.details().sessions()).hasSize(1);
        assertThat(parsed.capacity()).isEqualTo(50);
    }

    @Test
    void registrationClosesAtTheStartUnlessSaidOtherwise() {
        EventInput in = valid();
        EventInput noClose = new EventInput(in.organiserId(), in.kind(), in.title(), in.summary(), in.programme(),
                in.venue(), "2026-12-10T13:30+09:00", in.end(), "Europe/Berlin", in.sessions(), null, null, null,
                in.audience(), in.contact(), null, null, null);
        EventInputParser.Parsed parsed = EventInputParser.parse(noClose, Locale.ENGLISH);
        assertThat(parsed.details().registrationClosesAt()).isEqualTo(Instant.parse("2026-12-10T04:30:00Z"));
        assertThat(parsed.capacity()).isNull();
    }

    @Test
    void everyBadFieldIsNamedInOne400() {
        EventInput in = valid();
        EventInput bad = new EventInput(null, "party", new EventInput.Texts("", "Seminar"), in.summary(), null,
                new EventInput.VenueInput(null, null, null, "Atlantis", "ftp://x"), "2026-12-10T13:30",
                "2026-12-10T12:00", "Mars/Base", List.of(new EventInput.SessionInput("2026-12-10T15:00",
                "2026-12-10T14:00", "a", "b", null)), 0, "2026-12-10T20:00", "2026-12-11T09:00",
                new EventInput.AudienceInput("aliens", null, null),
                new EventInput.ContactInput("", "not-an-address", null), null, null, null);
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> EventInputParser.parse(bad, Locale.JAPANESE));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fieldErrors()).containsKeys("kind", "title.ja", "venue.region", "venue.onlineUrl",
                "timeZone", "end", "sessions[0].end", "capacity", "registrationCloses", "audience.kind",
                "contact.name", "contact.email");
        assertThat(problem.fieldErrors().get("end")).isEqualTo("開始より後の日時にしてください");
    }

    @Test
    void chosenRegionsAndOrganizationsMustBeNamed() {
        EventInput in = valid();
        EventInput regions = new EventInput(null, in.kind(), in.title(), in.summary(), null, in.venue(), in.start(),
                in.end(), null, null, null, null, null, new EventInput.AudienceInput("regions", List.of(), null),
                in.contact(), null, null, null);
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> EventInputParser.parse(regions, Locale.ENGLISH)).fieldErrors())
                .containsOnlyKeys("audience.regions");
        EventInput noPlace = new EventInput(null, in.kind(), in.title(), in.summary(), null, null, in.start(),
                in.end(), null, null, null, null, null, in.audience(), in.contact(), null, null, null);
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> EventInputParser.parse(noPlace, Locale.ENGLISH)).fieldErrors()).containsOnlyKeys("venue");
    }

    @Test
    void questionsAndApprovalAreReadAndBadQuestionsNamed() {
        EventInput in = valid();
        EventInput asking = withQuestions(in, List.of(
                new EventInput.QuestionInput(null, " 昼食 ", "Lunch", "choice", true,
                        List.of(new EventInput.Texts("弁当", "Bento"), new EventInput.Texts("不要", "None"))),
                new EventInput.QuestionInput("q1", "懇親会", "Party", "yes-no", null, null)), true);
        EventInputParser.Parsed parsed = EventInputParser.parse(asking, Locale.ENGLISH);
        assertThat(parsed.details().approvalRequired()).isTrue();
        assertThat(parsed.questions()).extracting(QuestionDraft::labelJa).containsExactly("昼食", "懇親会");
        assertThat(parsed.questions().get(0).options()).extracting(ChoiceOption::en).containsExactly("Bento", "None");
        assertThat(parsed.questions().get(1).id()).contains("q1");
        assertThat(parsed.questions().get(1).required()).isFalse();
        assertThat(EventInputParser.parse(in, Locale.ENGLISH).details().approvalRequired()).isFalse();

        EventInput bad = withQuestions(in, List.of(
                new EventInput.QuestionInput(null, "", "Lunch", "choice", true,
                        List.of(new EventInput.Texts("弁当", ""))),
                new EventInput.QuestionInput(null, "質問", "Question", "essay", false, null),
                new EventInput.QuestionInput(null, "質問", "Question", "text", false,
                        List.of(new EventInput.Texts("a", "a")))), false);
        assertThat(catchThrowableOfType(ProblemException.class, () -> EventInputParser.parse(bad, Locale.ENGLISH))
                .fieldErrors()).containsOnlyKeys("questions[0].labelJa", "questions[0].options",
                "questions[0].options[0].en", "questions[1].type", "questions[2].options");
    }

    private static EventInput withQuestions(EventInput in, List<EventInput.QuestionInput> questions,
                                            boolean approval) {
        return new EventInput(in.organiserId(), in.kind(), in.title(), in.summary(), in.programme(), in.venue(),
                in.start(), in.end(), in.timeZone(), in.sessions(), in.capacity(), in.registrationOpens(),
                in.registrationCloses(), in.audience(), in.contact(), in.version(), questions, approval);
    }
}
