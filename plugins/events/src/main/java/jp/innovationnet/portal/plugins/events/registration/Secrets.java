package jp.innovationnet.portal.plugins.events.registration;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable keys: 128 random bits, written URL-safe (22 characters of base64url without padding). */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 16;

    private Secrets() {
    }

    /** @return a new secret */
    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
