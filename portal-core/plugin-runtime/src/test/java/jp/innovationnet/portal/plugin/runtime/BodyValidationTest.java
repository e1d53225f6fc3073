package jp.innovationnet.portal.plugin.runtime;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Region;

import static org.assertj.core.api.Assertions.assertThat;

class BodyValidationTest {

    private final BodyValidation validation = new BodyValidation(getClass().getClassLoader());

    @AfterEach
    void close() {
        validation.close();
    }

    @Test
    void aValidBodyHasNoViolations() {
        assertThat(validation.violations(new Body("交流会", "Kanto", List.of(new Part("第1部"))), Locale.JAPANESE))
                .isEmpty();
    }

    @Test
    void eachFieldAtFaultIsNamedInTheCallersLanguage() {
        Body body = new Body(" ", "Atlantis", List.of(new Part("a\u0000b")));
        assertThat(validation.violations(body, Locale.JAPANESE))
                .containsEntry("title", "入力してください")
                .containsEntry("region", "次のいずれかを指定してください: Hokkaido, Tohoku, Kanto, Chubu, Kinki, "
                        + "Chugoku, Shikoku, Kyushu, Okinawa, Overseas")
                .containsEntry("parts[0].name", "改行とタブ以外の制御文字は使えません")
                .hasSize(3);
        assertThat(validation.violations(body, Locale.FRENCH))
                .containsEntry("title", "is required")
                .containsEntry("parts[0].name", "must not contain control characters other than newline and tab");
    }

    @Test
    void attributesOfStandardConstraintsAreFilledIn() {
        Body body = new Body("x".repeat(21), null, List.of());
        assertThat(validation.violations(body, Locale.ENGLISH).get("title")).contains("20");
        assertThat(validation.violations(body, Locale.JAPANESE).get("title")).contains("20");
    }

    record Body(@NotBlank @Size(max = 20) String title, @CodeOf(Region.class) String region,
                List<@Valid Part> parts) {
    }

    record Part(@PlainText String name) {
    }
}
