package jp.innovationnet.portal.identity.keycloak;

/**
 * Keycloak's Admin API did not do what was asked. {@link #isTransient()} tells whether waiting and trying again may
 * help (unreachable, timed out, 5xx, 429) or whether Keycloak refused the request itself (other 4xx).
 */
public class KeycloakException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param message what was asked and what came back
     * @param status  the HTTP status, or 0 when Keycloak did not answer
     * @param cause   the I/O failure, or null
     */
    public KeycloakException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** @return the HTTP status, or 0 when Keycloak did not answer */
    public int status() {
        return status;
    }

    /** @return whether trying again later may succeed */
    public boolean isTransient() {
        return status == 0 || status >= 500 || status == 429;
    }
}
