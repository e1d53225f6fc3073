package jp.innovationnet.portal.plugins.coordinators.text;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.NoMarkup;

import static org.assertj.core.api.Assertions.assertThat;

/** Width, kana and case folding of tags and words, and the terms of texts. */
class TagFoldingTest {

    @Test
    void halfWidthKatakanaAndHiraganaAreOneTag() {
        assertThat(TagFolding.fold("ﾒｯｷ")).isEqualTo("めっき");
        assertThat(TagFolding.fold("メッキ")).isEqualTo("めっき");
        assertThat(TagFolding.fold(" めっき ")).isEqualTo("めっき");
    }

    @Test
    void fullWidthLettersAndCapitalsFoldToo() {
        assertThat(TagFolding.fold("ＣＡＤ／ＣＡＭ")).isEqualTo("cad/cam");
        assertThat(TagFolding.fold("IoT  Sensors")).isEqualTo("iot sensors");
        assertThat(TagFolding.fold("ヴァイオリン")).isEqualTo("ゔぁいおりん");
    }

    @Test
    void kanjiAndKanaSpellingsOfAWordShareATerm() {
        try (Terms terms = new Terms()) {
            assertThat(terms.of("表面処理のメッキ技術")).contains("めっき", "ひょうめん", "しょり");
            assertThat(terms.ofQuery("ﾒｯｷ")).contains("めっき");
            assertThat(terms.ofQuery("めっき")).contains("めっき");
            assertThat(terms.of("特許を申し込んだ")).contains("申し込む");
            assertThat(terms.of("surface plating")).contains("plate");
        }
    }

    @Test
    void markupAndScriptAreRefused() {
        NoMarkup.Check check = new NoMarkup.Check();
        assertThat(check.isValid("<script>alert(1)</script>", null)).isFalse();
        assertThat(check.isValid("＜img src=x onerror=alert(1)＞", null)).isFalse();
        assertThat(check.isValid("[link](javascript:alert(1))", null)).isFalse();
        assertThat(check.isValid("歩留まり < 80% の改善、3 < 5", null)).isTrue();
    }
}
