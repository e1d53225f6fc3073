package jp.innovationnet.portal.plugin.host.services;

/** A core service a plugin called cannot answer for now (the identity server is unreachable); worth a retry. */
public final class CoreServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which service, in the portal's words
     * @param cause   the failure
     */
    CoreServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
