package jp.innovationnet.portal.plugin.api.kit;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokensTest {

    @Test
    void tokensAreUrlSafeAndDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecretTokens.generate();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void onlyTheTokenWhoseHashWasStoredMatches() {
        String token = SecretTokens.generate();
        String stored = SecretTokens.hash(token);
        assertThat(stored).matches("[0-9a-f]{64}");
        assertThat(SecretTokens.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SecretTokens.matches(token, stored)).isTrue();
        assertThat(SecretTokens.matches(SecretTokens.generate(), stored)).isFalse();
        assertThat(SecretTokens.matches(null, stored)).isFalse();
        assertThat(SecretTokens.matches(token, null)).isFalse();
    }
}
