package jp.innovationnet.portal.plugin.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Read access to the network's registry of organizations (public data only, never private records) and, since contract 1.3,
 * to the portal users of its organizations.
 */
@ProviderType
public interface MemberDirectory {

    /**
     * @param organizationId an organization alias
     * @return the organization, whatever its membership status
     */
    Optional<OrganizationSummary> find(String organizationId);

    /**
     * @param region a region such as {@code "Kanto"}; empty for all regions
     * @return the active organizations of the region, in Japanese order
     */
    List<OrganizationSummary> activeInRegion(Optional<String> region);

    /**
     * The portal users of an organization (the members of its Keycloak organization whose account may log in), e.g.
     * to assign them work or to mail them in their language. Read from Keycloak and kept for a short while (30
     * seconds by default, {@code portal.plugins.directory.cache-seconds}): a role given or a person added a moment
     * ago may show only after that. Someone acting for several organizations is listed with each.
     *
     * @param organizationId an organization alias
     * @return its people by name (Japanese order); empty for an unknown organization or one without users
     * @throws RuntimeException when Keycloak cannot be reached (a route's request then fails with 503)
     * @since contract 1.3 (package version 1.2)
     */
    List<Person> people(String organizationId);

    /**
     * One portal user, whichever organization they belong to (cached as {@link #people(String)}).
     *
     * @param userId a Keycloak user id, as in {@link jp.innovationnet.portal.plugin.api.http.Caller#userId()}
     * @return the person; empty for an unknown id or an account that may not log in
     * @throws RuntimeException when Keycloak cannot be reached (a route's request then fails with 503)
     * @since contract 1.3 (package version 1.2)
     */
    Optional<Person> person(String userId);
}
