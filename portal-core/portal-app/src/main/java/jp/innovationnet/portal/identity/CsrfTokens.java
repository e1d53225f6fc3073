package jp.innovationnet.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpSession;

/**
 * The per-session CSRF token that state-changing API calls riding on the browser's SSO cookie must echo in the
 * {@value #HEADER} header. Bearer-token calls are exempt: a browser never adds that header on its own.
 */
public final class CsrfTokens {

    /** The request header that must carry the token. */
    public static final String HEADER = "X-CSRF-Token";

    private static final String ATTRIBUTE = CsrfTokens.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /**
     * @param session the caller's HTTP session
     * @return the session's token, created on first use
     */
    public static String tokenOf(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(ATTRIBUTE);
            if (token instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
    }

    /**
     * @param session the caller's HTTP session, or {@code null} when there is none
     * @param presented the header's value, or {@code null}
     * @return whether the presented token is the session's
     */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
