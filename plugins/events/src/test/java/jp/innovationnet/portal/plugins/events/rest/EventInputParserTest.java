package jp.innovationnet.portal.plugins.events.rest;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.EventKind;
import jp.innovationnet.portal.plugins.events.question.ChoiceOption;
import jp.innovationnet.portal.plugins.events.question.QuestionDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventInputParserTest {

    static EventInput valid() {
        return new EventInput(null, "seminar", new EventInput.Line("産学連携セミナー", "Seminar"),
                new EventInput.Summary("概要", "Summary"), null,
                new EventInput.VenueInput("会場", "Hall", "東京都千代田区1-1", "Kanto", null),
                "2026-12-10T13:30", "2026-12-10T17:00", null,
                List.of(new EventInput.SessionInput("2026-12-10T13:30", "2026-12-10T14:30", "基調講演", "Keynote",
                        "山田")),
                50, null, "2026-12-09T17:00", new EventInput.AudienceInput("all-members", null, null),
                new EventInput.ContactInput("事務局", "office@example.jp", null), null, null, null);
    }

    @Test
    void aValidEventIsInJapaneseTimeByDefault() {
        assertThat(Constraints.violated(valid())).isEmpty();
        EventInputParser.Parsed parsed = EventInputParser.parse(valid(), Locale.ENGLISH);
        assertThat(parsed.details().kind()).isEqualTo(EventKind.SEMINAR);
        assertThat(parsed.details().startsAt()).isEqualTo(Instant.parse("2026-12-10T04:30:00Z"));
        assertThat(parsed.details().timeZone().getId()).isEqualTo("Asia/Tokyo");
        assertThat(parsed.details().registrationClosesAt()).isEqualTo(Instant.parse("2026-12-09T08:00:00Z"));
        assertThat(parsed.details().audience().kind()).isEqualTo(AudienceKind.ALL_MEMBERS);
        assertThat(parsed.details().venue().region()).contains("Kanto");
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
    void everyFieldBreakingItsOwnRuleIsNamed() {
        EventInput in = valid();
        EventInput bad = new EventInput(null, "party", new EventInput.Line("", "Seminar"), in.summary(), null,
                new EventInput.VenueInput(null, null, null, "Atlantis", null), "2026-12-10T13:30",
                " ", null, List.of(new EventInput.SessionInput("2026-12-10T15:00", "2026-12-10T16:00", "a", "",
                null)), 0, null, null, new EventInput.AudienceInput("aliens", List.of("Mars"), null),
                new EventInput.ContactInput("", "not-an-address", null), null, null, null);
        assertThat(Constraints.violated(bad)).containsOnlyKeys("kind", "title.ja", "venue.region", "end",
                "sessions[0].titleEn", "capacity", "audience.kind",
                "contact.name", "contact.email");
        assertThat(Constraints.violated(bad, Locale.JAPANESE)).containsEntry("title.ja", "入力してください")
                .containsEntry("capacity", "1 以上にしてください").containsEntry("kind",
                "次のいずれかを指定してください: seminar, exchange-meeting, matching-fair, coordinator-training, "
                        + "general-assembly, other");
        EventInput tooLong = new EventInput(null, in.kind(), new EventInput.Line("題".repeat(201), "Seminar"),
                in.summary(), null, in.venue(), in.start(), in.end(), null, null, null, null, null, in.audience(),
                in.contact(), null, Collections.nCopies(31, new EventInput.QuestionInput(null, "質問",
                "Question", "text", false, null)), null);
        assertThat(Constraints.violated(tooLong)).containsOnly(
                Map.entry("title.ja", "must be at most 200 characters"),
                Map.entry("questions", "give at most 30"));
        assertThat(Constraints.violated(new EventInput(null, "seminar", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null)))
                .containsOnlyKeys("title", "summary", "start", "end", "audience", "contact");
    }

    @Test
    void everyFieldBreakingARuleBetweenFieldsIsNamedInOne422() {
        EventInput in = valid();
        EventInput bad = new EventInput(null, in.kind(), in.title(), in.summary(), null,
                new EventInput.VenueInput(null, null, null, null, "ftp://x"), "2026-12-10T13:30",
                "2026-12-10T12:00", "Mars/Base", List.of(new EventInput.SessionInput("2026-12-10T15:00",
                "2026-12-10T14:00", "a", "b", null)), null, "2026-12-10T20:00", "2026-12-11T09:00",
                in.audience(), in.contact(), null, null, null);
        assertThat(Constraints.violated(bad)).isEmpty();
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> EventInputParser.parse(bad, Locale.JAPANESE));
        assertThat(problem.status()).isEqualTo(FieldErrors.STATUS);
        assertThat(problem.fieldErrors()).containsOnlyKeys("venue.onlineUrl", "timeZone", "end", "sessions[0].end",
                "registrationCloses");
        assertThat(problem.fieldErrors().get("end")).isEqualTo("開始より後の日時にしてください");
        assertThat(catchThrowableOfType(ProblemException.class, () -> EventInputParser.parse(new EventInput(null,
                in.kind(), in.title(), in.summary(), null, in.venue(), "2026-12-10 13:30", in.end(), null, null, null,
                null, null, in.audience(), in.contact(), null, null, null), Locale.ENGLISH)).fieldErrors())
                .containsOnlyKeys("start");
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
        EventInput unknown = new EventInput(null, in.kind(), in.title(), in.summary(), null, in.venue(), in.start(),
                in.end(), null, null, null, null, null, new EventInput.AudienceInput("regions",
                List.of("Kanto", "Mars"), null), in.contact(), null, null, null);
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> EventInputParser.parse(unknown, Locale.ENGLISH)).fieldErrors())
                .containsOnlyKeys("audience.regions[1]");
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
                        List.of(new EventInput.Line("弁当", "Bento"), new EventInput.Line("不要", "None"))),
                new EventInput.QuestionInput("q1", "懇親会", "Party", "yes-no", null, null)), true);
        EventInputParser.Parsed parsed = EventInputParser.parse(asking, Locale.ENGLISH);
        assertThat(parsed.details().approvalRequired()).isTrue();
        assertThat(parsed.questions()).extracting(QuestionDraft::labelJa).containsExactly("昼食", "懇親会");
        assertThat(parsed.questions().get(0).options()).extracting(ChoiceOption::en).containsExactly("Bento", "None");
        assertThat(parsed.questions().get(1).id()).contains("q1");
        assertThat(parsed.questions().get(1).required()).isFalse();
        assertThat(EventInputParser.parse(in, Locale.ENGLISH).details().approvalRequired()).isFalse();

        assertThat(Constraints.violated(withQuestions(in, List.of(
                new EventInput.QuestionInput(null, "", "Lunch", "choice", true,
                        List.of(new EventInput.Line("弁当", ""))),
                new EventInput.QuestionInput(null, "質問", "Question", "essay", false, null)), false)))
                .containsOnlyKeys("questions[0].labelJa", "questions[0].options[0].en", "questions[1].type");
        EventInput bad = withQuestions(in, List.of(
                new EventInput.QuestionInput(null, "昼食", "Lunch", "choice", true,
                        List.of(new EventInput.Line("弁当", "Bento"))),
                new EventInput.QuestionInput(null, "質問", "Question", "text", false,
                        List.of(new EventInput.Line("a", "a")))), false);
        assertThat(catchThrowableOfType(ProblemException.class, () -> EventInputParser.parse(bad, Locale.ENGLISH))
                .fieldErrors()).containsOnlyKeys("questions[0].options", "questions[1].options");
    }

    private static EventInput withQuestions(EventInput in, List<EventInput.QuestionInput> questions,
                                            boolean approval) {
        return new EventInput(in.organiserId(), in.kind(), in.title(), in.summary(), in.programme(), in.venue(),
                in.start(), in.end(), in.timeZone(), in.sessions(), in.capacity(), in.registrationOpens(),
                in.registrationCloses(), in.audience(), in.contact(), in.version(), questions, approval);
    }
}
