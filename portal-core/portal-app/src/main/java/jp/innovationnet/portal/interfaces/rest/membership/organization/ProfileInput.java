package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.util.List;

/**
 * What an organization says about itself, as a request body gives it (and as {@link OrganizationViews} writes it).
 * Closed sets are given by code ({@code legalForm: "foundation"}, {@code fields: ["it"]}); the prefecture by JIS X
 * 0401 code or name ({@code "13"}, {@code "Tokyo"}, {@code "東京都"}); the region by English or Japanese name
 * (defaults to the prefecture's). {@link ProfileReader} checks every field.
 *
 * @param nameJa      name in Japanese (required, at most 200 characters)
 * @param nameEn      name in English (required, at most 200 characters)
 * @param nameReading reading of the Japanese name in kana
 * @param legalForm   legal form code
 * @param prefecture  prefecture
 * @param region      region
 * @param postalCode  postal code ({@code 100-0001}; abroad, the local form)
 * @param addressJa   address in Japanese
 * @param addressEn   address in English
 * @param website     http(s) URL
 * @param fields      codes of the fields of activity
 * @param services    codes of the support services offered
 * @param profileJa   public profile text in Japanese
 * @param profileEn   public profile text in English
 * @param contacts    contact people (private to the organization and the secretariat)
 */
public record ProfileInput(String nameJa, String nameEn, String nameReading, String legalForm, String prefecture,
                           String region, String postalCode, String addressJa, String addressEn, String website,
                           List<String> fields, List<String> services, String profileJa, String profileEn,
                           List<ContactInput> contacts) {
}
