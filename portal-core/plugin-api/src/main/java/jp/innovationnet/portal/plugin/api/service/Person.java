package jp.innovationnet.portal.plugin.api.service;

import java.util.Locale;
import java.util.Set;

/**
 * A portal user as the member directory knows them (contract 1.3): enough to assign them work and to write to them
 * in their language.
 *
 * @param userId      the Keycloak user id, as in {@link jp.innovationnet.portal.plugin.api.http.Caller#userId()}
 * @param username    the user name
 * @param displayName the name to show, in the order of the person's own language: family name first in Japanese and
 *                    for a name in Japanese script, else given name first; the user name when Keycloak has no name
 * @param email       the e-mail address; empty when Keycloak has none
 * @param language    the language the portal writes to them in: {@link Locale#JAPANESE} or {@link Locale#ENGLISH}
 *                    (the {@code locale} the user chose in Keycloak; Japanese, the realm's default, otherwise)
 * @param roles       the portal's realm roles they hold, such as {@code member-admin} or {@code coordinator}
 */
public record Person(String userId, String username, String displayName, String email, Locale language,
                     Set<String> roles) {

    public Person {
        roles = Set.copyOf(roles);
    }

    /**
     * @param role a realm role such as {@code "member-staff"}
     * @return whether the person holds it
     */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
