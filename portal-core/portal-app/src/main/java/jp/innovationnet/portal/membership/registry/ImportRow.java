package jp.innovationnet.portal.membership.registry;

import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;

/**
 * One organization read from an import file, checked and ready to register.
 *
 * @param line            the line its row starts on
 * @param alias           its alias (given, or derived from the English name)
 * @param aliasDerived    whether the alias was derived rather than given
 * @param kind            its part in the network
 * @param membershipClass its class (members only), or null
 * @param memberNumber    its number in the published list ({@code seq}), or null
 * @param status          the status it is registered in
 * @param profile         what it says about itself
 */
public record ImportRow(long line, String alias, boolean aliasDerived, OrganizationKind kind,
                        MembershipClass membershipClass, Integer memberNumber, MembershipStatus status,
                        OrganizationProfile profile) {

    /** @return a new organization for this row, classified */
    public Organization toOrganization() {
        Organization organization = new Organization(alias, kind, profile, status);
        organization.classify(kind, membershipClass, memberNumber);
        return organization;
    }
}
