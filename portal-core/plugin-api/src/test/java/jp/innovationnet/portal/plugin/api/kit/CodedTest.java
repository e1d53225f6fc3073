package jp.innovationnet.portal.plugin.api.kit;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodedTest {

    @Test
    void regionsAreCodedAsTheDirectoryStoresThemAndLabelledInBothLanguages() {
        assertThat(Region.TOHOKU.code()).isEqualTo("Tohoku");
        assertThat(Region.TOHOKU.label(Locale.JAPAN)).isEqualTo("東北");
        assertThat(Region.TOHOKU.label(Locale.FRENCH)).isEqualTo("Tohoku");
        assertThat(Coded.byCode(Region.values(), "Overseas")).contains(Region.OVERSEAS);
        assertThat(Coded.byCode(Region.values(), "overseas")).isEmpty();
    }

    @Test
    void everyPrefectureHasItsJisCodeARegionAndBothNames() {
        assertThat(Prefecture.values()).hasSize(47);
        assertThat(Prefecture.TOKYO.code()).isEqualTo("13");
        assertThat(Prefecture.TOKYO.labelJa()).isEqualTo("東京都");
        assertThat(Prefecture.MIE.region()).isEqualTo(Region.KINKI);
        for (Prefecture prefecture : Prefecture.values()) {
            assertThat(prefecture.code()).isEqualTo("%02d".formatted(prefecture.ordinal() + 1));
            assertThat(prefecture.labelJa()).matches(".+[都道府県]");
            assertThat(prefecture.labelEn()).matches("[A-Z][a-z]+");
            assertThat(prefecture.region()).isNotEqualTo(Region.OVERSEAS);
        }
    }

    @Test
    void codesAreTheConstantsInLowerCaseWithHyphens() {
        assertThat(Coded.codes(Sample.values())).containsExactly("exchange-meeting", "seminar");
    }

    private enum Sample implements Coded {
        EXCHANGE_MEETING, SEMINAR
    }
}
