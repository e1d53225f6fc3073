package jp.innovationnet.portal.plugin.api.http;

import java.util.Objects;
import java.util.Set;

/**
 * Who may call a route. Anonymous callers of a protected route get 401, callers without a required role get 403;
 * the core checks both before the handler runs. Checks on the caller's organization belong in the handler
 * (compare with {@link Caller#organizationId()}).
 *
 * @param anonymous whether callers need not log in
 * @param roles     realm roles of which the caller needs one; empty means any logged-in user
 */
public record Access(boolean anonymous, Set<String> roles) {

    /** Anyone, logged in or not. */
    public static final Access PUBLIC = new Access(true, Set.of());

    /** Any logged-in user. */
    public static final Access AUTHENTICATED = new Access(false, Set.of());

    public Access {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        if (anonymous && !roles.isEmpty()) {
            throw new IllegalArgumentException("a public route cannot require roles");
        }
    }

    /**
     * @param roles the realm roles of which a caller needs one, e.g. {@code "secretariat"}
     * @return access for logged-in users holding one of the roles
     */
    public static Access anyRole(String... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("name at least one role");
        }
        return new Access(false, Set.of(roles));
    }

    /**
     * @param caller the caller
     * @return whether the caller may call the route
     */
    public boolean permits(Caller caller) {
        if (anonymous) {
            return true;
        }
        return caller.authenticated() && (roles.isEmpty() || roles.stream().anyMatch(caller::hasRole));
    }
}
