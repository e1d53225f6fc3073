package jp.innovationnet.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void japaneseReadersSeeTheFamilyNameFirst() {
        assertThat(PersonName.display("四郎", "浜松", Locale.JAPANESE)).contains("浜松 四郎");
        assertThat(PersonName.display("Anna", "Schmidt", Locale.JAPANESE)).contains("Schmidt Anna");
    }

    @Test
    void aNameInJapaneseScriptKeepsItsOrderOnEnglishPages() {
        assertThat(PersonName.display("四郎", "浜松", Locale.ENGLISH)).contains("浜松 四郎");
    }

    @Test
    void englishReadersSeeLatinNamesGivenNameFirst() {
        assertThat(PersonName.display("Anna", "Schmidt", Locale.ENGLISH)).contains("Anna Schmidt");
    }

    @Test
    void oneMissingPartLeavesTheOtherAndNoneLeavesNothing() {
        assertThat(PersonName.display(" ", "Schmidt", Locale.ENGLISH)).contains("Schmidt");
        assertThat(PersonName.display(null, null, Locale.ENGLISH)).isEmpty();
    }
}
