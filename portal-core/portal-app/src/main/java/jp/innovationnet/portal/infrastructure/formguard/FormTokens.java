package jp.innovationnet.portal.infrastructure.formguard;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Signed form tokens for the public forms (the membership application, the plugins' forms): a token says which
 * form it was issued for and when (HMAC-SHA256 over the form's name, the time and a random nonce, with a key of this
 * server), so that a submission can be refused when it comes sooner than a person could fill the form in, when the
 * form is too old, when the token was forged or issued for another form, or when it was used already. Nothing is
 * stored per issued form; used tokens are remembered until they expire anyway.
 */
public final class FormTokens {

    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final Duration minimumFillTime;
    private final Duration maximumAge;
    private final Clock clock;
    private final Cache<String, Boolean> used;

    /**
     * @param secret          the signing key (at least 32 bytes)
     * @param minimumFillTime how long a person needs at least between getting the form and sending it
     * @param maximumAge      how long a form stays valid
     * @param clock           the clock
     */
    public FormTokens(byte[] secret, Duration minimumFillTime, Duration maximumAge, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the form-token key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
        this.minimumFillTime = minimumFillTime;
        this.maximumAge = maximumAge;
        this.clock = clock;
        this.used = Caffeine.newBuilder().expireAfterWrite(maximumAge).maximumSize(1_000_000).build();
    }

    /** @return a random 32-byte key, for a server that is not given one */
    public static byte[] randomKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /**
     * @param form the form it is for, e.g. {@code "membership-application"}
     * @return a new token, issued now
     */
    public Issued issue(String form) {
        Instant now = clock.instant();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        ByteBuffer body = ByteBuffer.allocate(Long.BYTES + NONCE_BYTES).putLong(now.toEpochMilli()).put(nonce);
        byte[] signed = ByteBuffer.allocate(body.capacity() + MAC_BYTES).put(body.array()).put(mac(form, body.array()))
                .array();
        return new Issued(Base64.getUrlEncoder().withoutPadding().encodeToString(signed),
                now.plus(minimumFillTime), now.plus(maximumAge));
    }

    /**
     * @param form  the form submitted
     * @param token a token from the submission
     * @return whether it may be used now, and if not why
     */
    public Verdict check(String form, String token) {
        byte[] signed;
        try {
            signed = token == null ? new byte[0] : Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Verdict.INVALID;
        }
        if (signed.length != Long.BYTES + NONCE_BYTES + MAC_BYTES) {
            return Verdict.INVALID;
        }
        byte[] body = new byte[Long.BYTES + NONCE_BYTES];
        System.arraycopy(signed, 0, body, 0, body.length);
        byte[] presented = new byte[MAC_BYTES];
        System.arraycopy(signed, body.length, presented, 0, MAC_BYTES);
        if (!MessageDigest.isEqual(mac(form, body), presented)) {
            return Verdict.INVALID;
        }
        Instant issued = Instant.ofEpochMilli(ByteBuffer.wrap(body).getLong());
        Instant now = clock.instant();
        if (now.isBefore(issued.plus(minimumFillTime))) {
            return Verdict.TOO_FAST;
        }
        if (now.isAfter(issued.plus(maximumAge))) {
            return Verdict.EXPIRED;
        }
        return used.getIfPresent(token) != null ? Verdict.USED : Verdict.VALID;
    }

    /**
     * Marks a token used: a second submission with it is refused.
     *
     * @param token a valid token
     * @return whether this call used it (false when another submission used it first)
     */
    public boolean use(String token) {
        return used.asMap().putIfAbsent(token, Boolean.TRUE) == null;
    }

    /**
     * Gives a token back after {@link #use} when the submission it came with was refused after all (e.g. as a
     * duplicate), so that the applicant can correct the form and send it again.
     *
     * @param token a token marked used
     */
    public void release(String token) {
        used.invalidate(token);
    }

    private byte[] mac(String form, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(form.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * A token handed out with a form.
     *
     * @param token     the token
     * @param notBefore the earliest the form may be sent
     * @param expiresAt the latest the form may be sent
     */
    public record Issued(String token, Instant notBefore, Instant expiresAt) {
    }

    /** What a submitted token is worth. */
    public enum Verdict {
        /** Fine. */
        VALID("valid"),
        /** Not a token of this server for this form (forged, mangled, missing or issued for another form). */
        INVALID("missing or invalid: fetch the form again to get a new form token"),
        /** Sent sooner than a person fills the form in. */
        TOO_FAST("the form was sent too soon after it was issued; wait a few seconds and send it again"),
        /** Too old. */
        EXPIRED("expired: fetch the form again to get a new form token"),
        /** Used for a submission already. */
        USED("used already: fetch the form again to get a new form token");

        private final String message;

        Verdict(String message) {
            this.message = message;
        }

        /** @return what to tell the client */
        public String message() {
            return message;
        }
    }
}
