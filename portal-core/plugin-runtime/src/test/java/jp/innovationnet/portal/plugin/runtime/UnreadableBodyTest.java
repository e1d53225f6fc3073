package jp.innovationnet.portal.plugin.runtime;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UnreadableBodyTest {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aValueOfTheWrongKindIsNamedByItsPathInTheCallersLanguage() {
        ProblemException date = problem("{\"deadline\":\"15/05/2026\"}", Locale.JAPANESE);
        assertThat(date.status()).isEqualTo(422);
        assertThat(date.fieldErrors()).containsOnlyKeys("deadline")
                .containsEntry("deadline", "日付の形式が正しくありません（例: 2026-04-01）");
        assertThat(problem("{\"dispatch\":{\"to\":\"next week\"}}", Locale.ENGLISH).fieldErrors())
                .containsEntry("dispatch.to", "must be a date such as 2026-04-01");
        assertThat(problem("{\"count\":\"many\"}", Locale.ENGLISH).fieldErrors())
                .containsEntry("count", "must be a number");
        assertThat(problem("{\"title\":{\"ja\":\"x\"}}", Locale.ENGLISH).fieldErrors()).containsKey("title");
    }

    @Test
    void aBodyThatIsNoJsonIsA400InTheCallersWordsWithoutTheParsersOwn() {
        ProblemException broken = problem("{\"title\":", Locale.JAPANESE);
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.getMessage()).isEqualTo("本文が想定した形の JSON ではありません")
                .doesNotContain("token", "Yasson", "EOF");
        assertThat(broken.fieldErrors()).isEmpty();
    }

    private ProblemException problem(String body, Locale locale) {
        JsonbException failure = catchThrowableOfType(JsonbException.class, () -> jsonb.fromJson(body, Body.class));
        return UnreadableBody.problem(failure, locale);
    }

    /** A route's body. */
    public record Body(String title, LocalDate deadline, Dispatch dispatch, Integer count, List<String> tags) {
    }

    /** A nested part of it. */
    public record Dispatch(LocalDate from, LocalDate to) {
    }
}
