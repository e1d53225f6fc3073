package jp.innovationnet.portal.plugin.api.service;

/**
 * The public face of an organization of the network.
 *
 * @param id         its alias, also its Keycloak organization alias
 * @param nameJa     its name in Japanese, as the organization writes it
 * @param nameEn     its name in English
 * @param kind       member, steering-agency, secretariat or overseas-partner
 * @param prefecture the prefecture in English (e.g. {@code "Hokkaido"}); empty abroad
 * @param region     the region in English (e.g. {@code "Tohoku"})
 * @param active     whether its membership is active
 */
public record OrganizationSummary(String id, String nameJa, String nameEn, String kind, String prefecture,
                                  String region, boolean active) {
}
