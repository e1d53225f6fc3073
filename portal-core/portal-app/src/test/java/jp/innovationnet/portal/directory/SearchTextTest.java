package jp.innovationnet.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void wordsAreFoldedAndTriedWithAndWithoutLegalForm() {
        assertThat(SearchText.words("財団法人いわて")).containsExactly(Set.of("財団法人いわて", "いわて"));
        assertThat(SearchText.words("ｲﾜﾃ　産業")).containsExactly(Set.of("いわて"), Set.of("産業"));
        assertThat(SearchText.words("  Industry   PROMOTION ")).containsExactly(Set.of("industry"), Set.of("promotion"));
        assertThat(SearchText.words("（公財）")).containsExactly(Set.of("公財"));
    }

    @Test
    void punctuationAloneIsNoWord() {
        assertThat(SearchText.words(" ・ - ")).isEmpty();
        assertThat(SearchText.matching("", "text")).isInstanceOf(MatchAllDocsQuery.class);
        assertThat(SearchText.matching(null, "text")).isInstanceOf(MatchAllDocsQuery.class);
    }

    @Test
    void aOneCharacterWordIsAUnigramAndLongerOnesPhrasesOfBigrams() {
        assertThat(SearchText.substring("text", "京").toString()).isEqualTo("text_1:京");
        assertThat(SearchText.substring("text", "いわて").toString()).isEqualTo("text_2:\"いわ わて\"");
        assertThat(SearchText.substring("text", "𠮷野家").toString()).as("code points, not chars")
                .isEqualTo("text_2:\"𠮷野 野家\"");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(SearchText.matching("いわて 産業", "text").toString())
                .isEqualTo("+(text_2:\"いわ わて\") +(text_2:\"産業\")");
        assertThat(List.of(SearchText.matching("財団法人いわて", "en").toString()))
                .containsExactly("+(en_2:\"財団 団法 法人 人い いわ わて\" en_2:\"いわ わて\")");
    }
}
