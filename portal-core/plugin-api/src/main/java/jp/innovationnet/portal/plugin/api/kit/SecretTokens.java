package jp.innovationnet.portal.plugin.api.kit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Unguessable tokens that serve as keys in addresses (a follow-up form, a calendar feed, an inquiry's tracking
 * link): 256 random bits, written in URL-safe Base64 without padding (43 characters of {@code [A-Za-z0-9_-]}).
 * Store only their {@link #hash}, and compare with {@link #matches}, which takes the same time whatever matches.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private SecretTokens() {
    }

    /** @return a new token */
    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param token a token
     * @return its SHA-256 in lower-case hex (64 characters), as stored where the token itself must not be
     */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * @param token a token someone presents; may be null
     * @param hash  the stored hash
     * @return whether the token is the one whose hash was stored, compared in constant time
     */
    public static boolean matches(String token, String hash) {
        return token != null && hash != null && MessageDigest.isEqual(
                hash(token).getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }
}
