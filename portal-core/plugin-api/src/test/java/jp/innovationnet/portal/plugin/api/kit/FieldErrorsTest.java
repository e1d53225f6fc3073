package jp.innovationnet.portal.plugin.api.kit;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldErrorsTest {

    @Test
    void collectsEveryFieldAtFaultInTheCallersLanguageAndEndsWithOne422() {
        FieldErrors errors = FieldErrors.in(Locale.JAPANESE);
        assertThat(errors.text("title", "  ", 10)).isNull();
        assertThat(errors.text("summary", "あいうえおかきくけこさ", 10)).isNull();
        assertThat(errors.optionalCode("region", Region.values(), "Atlantis")).isEmpty();
        assertThat(errors.email("email", "not an address")).isNull();

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.fieldErrors()).containsOnlyKeys("title", "summary", "region", "email");
            assertThat(problem.fieldErrors().get("title")).isEqualTo("入力してください");
            assertThat(problem.fieldErrors().get("summary")).isEqualTo("10文字以内で入力してください");
            assertThat(problem.fieldErrors().get("region")).startsWith("次のいずれかを指定してください: Hokkaido, Tohoku");
        });
    }

    @Test
    void theFirstMessageForAFieldWins() {
        FieldErrors errors = FieldErrors.in(Locale.ENGLISH)
                .add("title", KitWording.REQUIRED).add("title", KitWording.TOO_LONG, 5);
        assertThat(errors.problem().fieldErrors()).containsEntry("title", "is required");
    }

    @Test
    void readsCleanTextAndKnownCodes() {
        FieldErrors errors = FieldErrors.in(Locale.ENGLISH);
        assertThat(errors.text("body", "  line one\r\nline two  ", 100)).isEqualTo("line one\nline two");
        assertThat(errors.optionalText("note", null, 10)).isEmpty();
        assertThat(errors.code("region", Region.values(), " Kinki ")).isEqualTo(Region.KINKI);
        assertThat(errors.email("email", " a@example.jp ")).isEqualTo("a@example.jp");
        assertThat(errors.isEmpty()).isTrue();
        errors.throwIfAny();
    }

    @Test
    void refusesControlCharactersButNewlinesAndTabs() {
        FieldErrors errors = FieldErrors.in(Locale.ENGLISH);
        assertThat(errors.text("body", "a\tb\nc", 10)).isEqualTo("a\tb\nc");
        assertThat(errors.text("body", "a\u0007b", 10)).isNull();
        assertThat(errors.problem().fieldErrors()).containsEntry("body",
                "must not contain control characters other than newline and tab");
    }

    @Test
    void anEmptyCollectionHasNoProblemToGive() {
        assertThatThrownBy(() -> FieldErrors.in(Locale.ENGLISH).problem()).isInstanceOf(IllegalStateException.class);
    }
}
