package jp.innovationnet.portal.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling the portal: a user logged in through Keycloak (browser session or bearer token), or nobody. The
 * core's own type; the plugin host hands plugins the contract's {@code Caller} made from it.
 *
 * @param userId         the Keycloak user id ({@code sub}); empty for anonymous callers
 * @param username       the user name; empty for anonymous callers
 * @param displayName    the name to show; empty for anonymous callers
 * @param email          the e-mail address, if known
 * @param roles          the portal's realm roles the caller holds in the organization they act for
 * @param organizationId the alias of the member organization the caller acts for, if any
 * @param locale         the caller's language: Japanese or English
 */
public record PortalCaller(String userId, String username, String displayName, Optional<String> email,
                           Set<String> roles, Optional<String> organizationId, Locale locale) {

    /** Copies the roles. */
    public PortalCaller {
        roles = Set.copyOf(roles);
    }

    /**
     * @param locale the language of the request
     * @return a caller that has not logged in
     */
    public static PortalCaller anonymous(Locale locale) {
        return new PortalCaller("", "", "", Optional.empty(), Set.of(), Optional.empty(), locale);
    }

    /** @return whether the caller has logged in */
    public boolean authenticated() {
        return !userId.isEmpty();
    }

    /** @param role a realm role @return whether the caller holds it */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @param organizationId an organization's alias @return whether the caller acts for it */
    public boolean belongsTo(String organizationId) {
        return this.organizationId.filter(organizationId::equals).isPresent();
    }
}
