package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.util.List;

/**
 * The secretariat's whole record of an organization: to register one ({@code POST /api/organizations}, where
 * {@code id} is required and {@code version} ignored) or to replace one ({@code PUT /api/organizations/{id}}, where
 * {@code version} is required and {@code id} ignored).
 *
 * @param id              alias: lower-case letters, digits and '-', 2 to 64 characters, starting with a letter
 * @param version         the {@code version} of the record the edit is based on
 * @param kind            member, steering-agency, secretariat or overseas-partner
 * @param membershipClass full or supporting (members only)
 * @param memberNumber    number in the published member list, if any
 * @param domains         e-mail domains of its people
 * @param status          first status when registering: active (default) or applied
 * @param profile         what it says about itself
 */
public record OrganizationInput(String id, Long version, String kind, String membershipClass, Integer memberNumber,
                                List<String> domains, String status, ProfileInput profile) {
}
