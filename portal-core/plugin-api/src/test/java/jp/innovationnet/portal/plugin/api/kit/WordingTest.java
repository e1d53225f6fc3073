package jp.innovationnet.portal.plugin.api.kit;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class WordingTest {

    @Test
    void everyKitMessageExistsInBothLanguages() {
        for (KitWording wording : KitWording.values()) {
            assertThatCode(() -> wording.in(Locale.JAPANESE, 1, 2)).as(wording.name()).doesNotThrowAnyException();
            assertThatCode(() -> wording.in(Locale.ENGLISH, 1, 2)).as(wording.name()).doesNotThrowAnyException();
            assertThat(wording.in(Locale.JAPANESE, 1, 2)).isNotEqualTo(wording.in(Locale.ENGLISH, 1, 2));
        }
    }

    @Test
    void placeholdersAreFilledInTheReadersLanguageAndOtherReadersGetEnglish() {
        assertThat(KitWording.TOO_LONG.in(Locale.JAPAN, 200)).isEqualTo("200文字以内で入力してください");
        assertThat(KitWording.OUT_OF_RANGE.in(Locale.GERMAN, 0, 100)).isEqualTo("must be a whole number from 0 to 100");
    }
}
