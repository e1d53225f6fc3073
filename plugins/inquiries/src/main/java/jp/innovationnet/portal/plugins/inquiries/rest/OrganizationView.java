package jp.innovationnet.portal.plugins.inquiries.rest;

import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;

/**
 * An organization as the desk's screens name it.
 *
 * @param id     its alias
 * @param nameJa its name in Japanese
 * @param nameEn its name in English
 * @param kind   member, steering-agency, secretariat or overseas-partner
 * @param active whether its membership is active
 */
public record OrganizationView(String id, String nameJa, String nameEn, String kind, boolean active) {

    static OrganizationView of(OrganizationSummary organization) {
        return new OrganizationView(organization.id(), organization.nameJa(), organization.nameEn(),
                organization.kind(), organization.active());
    }
}
