package jp.innovationnet.portal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class JapaneseTextTest {

    @Test
    void halfWidthKatakanaFoldsToTheSameAsFullWidth() {
        assertThat(JapaneseText.fold("株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構"))
                .isEqualTo(JapaneseText.fold("株式会社インテリジェント・コスモス研究機構"));
    }

    @Test
    void fullWidthDigitsAndLettersFoldToAscii() {
        assertThat(JapaneseText.fold("財団法人２１あおもり")).isEqualTo(JapaneseText.fold("財団法人21あおもり"));
        assertThat(JapaneseText.fold("ＳＩＩＱ")).isEqualTo("siiq");
    }

    @Test
    void hiraganaAndKatakanaCompareEqual() {
        assertThat(JapaneseText.fold("いわて")).isEqualTo(JapaneseText.fold("イワテ"));
        assertThat(JapaneseText.fold("ソフトピアジャパン")).isEqualTo("そふとぴあじゃぱん");
    }

    @Test
    void legalFormsAreIgnoredInNamesOnly() {
        assertThat(JapaneseText.foldName("財団法人いわて産業振興センター"))
                .isEqualTo(JapaneseText.foldName("公益財団法人 いわて産業振興センター"))
                .isEqualTo(JapaneseText.foldName("（公財）いわて産業振興センター"))
                .isEqualTo(JapaneseText.fold("いわて産業振興センター"));
        assertThat(JapaneseText.foldName("春日井商工会議所")).isEqualTo(JapaneseText.fold("春日井商工会議所"));
        assertThat(JapaneseText.foldName("京都リサーチパーク株式会社")).isEqualTo(JapaneseText.fold("京都リサーチパーク"));
        assertThat(JapaneseText.fold("財団法人いわて")).isNotEqualTo(JapaneseText.fold("いわて"));
    }

    @Test
    void nullIsEmpty() {
        assertThat(JapaneseText.fold(null)).isEmpty();
        assertThat(JapaneseText.nfkc(null)).isEmpty();
    }

    @Test
    void readingsSortInGojuonOrder() {
        List<String> readings = new ArrayList<>(List.of("ほっかいどう", "あおもり", "いわて", "アキタ", "おきなわ"));
        readings.sort(JapaneseText.japaneseOrder());
        assertThat(readings).containsExactly("あおもり", "アキタ", "いわて", "おきなわ", "ほっかいどう");
    }

    @Test
    void sortKeysOrderLikeTheCollator() {
        assertThat(JapaneseText.sortKey("あおもり")).isLessThan(JapaneseText.sortKey("いわて"));
        assertThat(JapaneseText.sortKey("いわて")).isLessThan(JapaneseText.sortKey("ほっかいどう"));
    }
}
