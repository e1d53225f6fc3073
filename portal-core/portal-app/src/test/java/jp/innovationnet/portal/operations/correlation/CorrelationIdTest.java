package jp.innovationnet.portal.operations.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "3f2c1a4e-6b7d-4c1e-9a2b-0e5f6d7c8b9a", // UUID
            "4bf92f3577b34da6a3ce929d0e0e4736",     // W3C trace id
            "01HZX3N9Q8K7M6P5R4S3T2V1W0",           // ULID
            "req.2026-11-22:0001_a",
            "abcdefgh"                              // shortest accepted
    })
    void takesWellFormedIds(String id) {
        assertThat(CorrelationId.parse(id)).contains(id);
    }

    @Test
    void ignoresSurroundingBlanks() {
        assertThat(CorrelationId.parse("  abcdefgh-1234 \t")).contains("abcdefgh-1234");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "short",                                 // fewer than 8 characters
            "-starts-with-dash",
            "has space inside",
            "line\nbreak-injection",
            "quote\"in-the-middle",
            "über-correlation-id",                   // non-ASCII
            "{\"json\":\"payload\"}",
            "a1234567890123456789012345678901234567890123456789012345678901234" // 65 characters
    })
    void rejectsMalformedIds(String id) {
        assertThat(CorrelationId.parse(id)).isEmpty();
    }

    @Test
    void acceptsSixtyFourCharacters() {
        String id = "a".repeat(64);
        assertThat(CorrelationId.parse(id)).contains(id);
    }

    @Test
    void generatesWellFormedUniqueIds() {
        String first = CorrelationId.generate();
        String second = CorrelationId.generate();
        assertThat(first).isNotEqualTo(second);
        assertThat(UUID.fromString(first)).isNotNull();
        assertThat(CorrelationId.parse(first)).contains(first);
    }

    @Test
    void replacesMalformedHeaderWithNewId() {
        assertThat(CorrelationId.fromHeaderOrNew("abcdefgh-1")).isEqualTo("abcdefgh-1");
        String replaced = CorrelationId.fromHeaderOrNew("bad id\r\nX-Injected: 1");
        assertThat(replaced).doesNotContain("bad", "\n");
        assertThat(UUID.fromString(replaced)).isNotNull();
        assertThat(CorrelationId.fromHeaderOrNew(null)).isNotBlank();
    }
}
