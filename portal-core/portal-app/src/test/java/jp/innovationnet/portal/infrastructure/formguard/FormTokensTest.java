package jp.innovationnet.portal.infrastructure.formguard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.infrastructure.formguard.FormTokens.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FormTokensTest {

    private static final String FORM = "membership-application";
    private static final Instant ISSUED = Instant.parse("2026-11-23T10:00:00Z");
    private final byte[] key = FormTokens.randomKey();

    private FormTokens at(Instant now) {
        return new FormTokens(key, Duration.ofSeconds(5), Duration.ofHours(24), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsGoodFromTheMinimumFillTimeUntilItExpires() {
        FormTokens.Issued issued = at(ISSUED).issue(FORM);
        assertThat(issued.notBefore()).isEqualTo(ISSUED.plusSeconds(5));
        assertThat(issued.expiresAt()).isEqualTo(ISSUED.plus(Duration.ofHours(24)));
        assertThat(at(ISSUED.plusSeconds(4)).check(FORM, issued.token())).isEqualTo(Verdict.TOO_FAST);
        assertThat(at(ISSUED.plusSeconds(5)).check(FORM, issued.token())).isEqualTo(Verdict.VALID);
        assertThat(at(ISSUED.plus(Duration.ofHours(24))).check(FORM, issued.token())).isEqualTo(Verdict.VALID);
        assertThat(at(ISSUED.plus(Duration.ofHours(24)).plusMillis(1)).check(FORM, issued.token()))
                .isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void aTokenIsUsedOnce() {
        FormTokens tokens = at(ISSUED.plusSeconds(10));
        String token = at(ISSUED).issue(FORM).token();
        assertThat(tokens.check(FORM, token)).isEqualTo(Verdict.VALID);
        assertThat(tokens.use(token)).isTrue();
        assertThat(tokens.use(token)).isFalse();
        assertThat(tokens.check(FORM, token)).isEqualTo(Verdict.USED);
        tokens.release(token);
        assertThat(tokens.check(FORM, token)).as("given back after a refused submission").isEqualTo(Verdict.VALID);
    }

    @Test
    void forgedMangledOrMissingTokensAreInvalid() {
        String token = at(ISSUED).issue(FORM).token();
        FormTokens later = at(ISSUED.plusSeconds(10));
        // a character in the middle: every bit of it counts (the last one of base64 may carry only padding bits)
        int middle = token.length() / 2;
        char changed = token.charAt(middle) == 'A' ? 'B' : 'A';
        assertThat(later.check(FORM, token.substring(0, middle) + changed + token.substring(middle + 1)))
                .isEqualTo(Verdict.INVALID);
        assertThat(new FormTokens(FormTokens.randomKey(), Duration.ofSeconds(5), Duration.ofHours(1),
                Clock.fixed(ISSUED.plusSeconds(10), ZoneOffset.UTC)).check(FORM, token)).as("another server's key")
                .isEqualTo(Verdict.INVALID);
        assertThat(later.check(FORM, null)).isEqualTo(Verdict.INVALID);
        assertThat(later.check(FORM, "")).isEqualTo(Verdict.INVALID);
        assertThat(later.check(FORM, "not base64 ***")).isEqualTo(Verdict.INVALID);
        assertThat(later.check(FORM, token + "AAAA")).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aTokenIsGoodForTheFormItWasIssuedForOnly() {
        String token = at(ISSUED).issue("plugin:events:registration").token();
        FormTokens later = at(ISSUED.plusSeconds(10));
        assertThat(later.check("plugin:events:registration", token)).isEqualTo(Verdict.VALID);
        assertThat(later.check("plugin:inquiries:inquiry", token)).isEqualTo(Verdict.INVALID);
        assertThat(later.check(FORM, token)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theKeyMustBeLongEnough() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FormTokens(new byte[16], Duration.ofSeconds(1),
                Duration.ofHours(1), Clock.systemUTC()));
    }
}
