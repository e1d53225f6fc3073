package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceNumbersTest {

    private static final Instant NEW_YEAR_IN_JAPAN = Instant.parse("2026-12-31T15:30:00Z");

    @Test
    void aReferenceIsTheYearInJapanAndEightCrockfordCharacters() {
        String reference = ReferenceNumbers.next(NEW_YEAR_IN_JAPAN, r -> false);
        assertThat(reference).matches("Q27-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ReferenceNumbers.next(Instant.parse("2026-12-31T14:30:00Z"), r -> false)).startsWith("Q26-");
    }

    @Test
    void referencesAreRandomAndNeverOneTaken() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            assertThat(seen.add(ReferenceNumbers.next(NEW_YEAR_IN_JAPAN, seen::contains))).isTrue();
        }
        Set<String> firstTaken = new HashSet<>();
        String second = ReferenceNumbers.next(NEW_YEAR_IN_JAPAN, r -> firstTaken.isEmpty() && firstTaken.add(r));
        assertThat(firstTaken).hasSize(1).doesNotContain(second);
    }

    @Test
    void aReferenceTypedByAPersonIsRecognisedAndAnythingElseIsNot() {
        assertThat(ReferenceNumbers.parse(" q26-7k3m-9pqx ")).contains("Q26-7K3M-9PQX");
        assertThat(ReferenceNumbers.parse("Ｑ２６－７Ｋ３Ｍ－９ＰＱＸ")).contains("Q26-7K3M-9PQX");
        assertThat(ReferenceNumbers.parse("Ｑ２６-７Ｋ３Ｍ-９ＰＱＸ")).contains("Q26-7K3M-9PQX");
        assertThat(ReferenceNumbers.parse("Q26-7K3M-9PQU")).as("U is not Crockford").isEmpty();
        assertThat(ReferenceNumbers.parse("Q26-7K3M-9PQ")).isEmpty();
        assertThat(ReferenceNumbers.parse("1 OR 1=1")).isEmpty();
        assertThat(ReferenceNumbers.parse(null)).isEmpty();
    }
}
