package jp.innovationnet.portal.plugin.api.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: a user logged in through Keycloak (browser session or bearer token), or nobody.
 *
 * @param userId         the Keycloak user id ({@code sub}); empty for anonymous callers
 * @param username       the user name; empty for anonymous callers
 * @param displayName    the name to show; empty for anonymous callers
 * @param email          the e-mail address, if known
 * @param roles          the portal's realm roles the caller holds
 * @param organizationId the alias of the member organization the caller acts for, if any
 * @param locale         the caller's language: Japanese or English
 */
public record Caller(String userId, String username, String displayName, Optional<String> email, Set<String> roles,
                     Optional<String> organizationId, Locale locale) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * @param locale the language of the request
     * @return a caller that has not logged in
     */
    public static Caller anonymous(Locale locale) {
        return new Caller("", "", "", Optional.empty(), Set.of(), Optional.empty(), locale);
    }

    /** @return whether the caller has logged in */
    public boolean authenticated() {
        return !userId.isEmpty();
    }

    /**
     * @param role a realm role such as {@code "secretariat"}
     * @return whether the caller holds it
     */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * @param organizationId an organization alias
     * @return whether the caller acts for that organization
     */
    public boolean belongsTo(String organizationId) {
        return this.organizationId.filter(organizationId::equals).isPresent();
    }
}
