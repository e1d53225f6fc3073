package jp.innovationnet.portal.plugin.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Read access to the network's registry of organizations: public data only, never private records. */
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
}
