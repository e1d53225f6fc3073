package jp.innovationnet.portal.plugin.api.http;

/** The HTTP methods a plugin route can answer. */
public enum HttpMethod {
    GET, POST, PUT, PATCH, DELETE;

    /** @return whether requests of this method change state (and so need CSRF protection and a transaction) */
    public boolean isWrite() {
        return this != GET;
    }
}
