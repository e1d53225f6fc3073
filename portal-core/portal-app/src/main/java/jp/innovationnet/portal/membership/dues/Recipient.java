package jp.innovationnet.portal.membership.dues;

import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.Organization;

/**
 * Whom an invoice bills, as the organization's record stood when it was issued.
 *
 * @param organizationId  the organization's alias
 * @param nameJa          its Japanese name, as written
 * @param nameEn          its English name
 * @param membershipClass its class, which decides the dues
 */
public record Recipient(String organizationId, String nameJa, String nameEn, MembershipClass membershipClass) {

    /** @param organization a member with a class @return it as a recipient */
    public static Recipient of(Organization organization) {
        return new Recipient(organization.getId(), organization.getNameJa(), organization.getNameEn(),
                organization.getMembershipClass());
    }
}
