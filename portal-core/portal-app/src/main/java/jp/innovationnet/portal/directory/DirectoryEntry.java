package jp.innovationnet.portal.directory;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * What the directory knows of an organization: its public data only (no contacts, no e-mail domains), taken from the
 * organization when it is indexed.
 *
 * @param id         alias
 * @param status     membership status (the directory shows active organizations unless the secretariat asks)
 * @param kind       part in the network
 * @param nameJa     Japanese name as written
 * @param nameEn     English name
 * @param reading    reading of the Japanese name, or null
 * @param legalForm  legal form, or null
 * @param prefecture prefecture, or null
 * @param region     region, or null
 * @param postalCode postal code, or null
 * @param addressJa  address in Japanese, or null
 * @param addressEn  address in English, or null
 * @param website    website, or null
 * @param fields     fields of activity
 * @param services   support services
 * @param profileJa  public profile in Japanese, or null
 * @param profileEn  public profile in English, or null
 */
public record DirectoryEntry(String id, MembershipStatus status, OrganizationKind kind, String nameJa, String nameEn,
                             String reading, LegalForm legalForm, Prefecture prefecture, Region region,
                             String postalCode, String addressJa, String addressEn, String website,
                             Set<ActivityField> fields, Set<SupportService> services, String profileJa,
                             String profileEn) {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    public DirectoryEntry {
        fields = Set.copyOf(fields);
        services = Set.copyOf(services);
    }

    /**
     * @param o an organization (its contacts are not read)
     * @return its directory entry
     */
    public static DirectoryEntry of(Organization o) {
        OrganizationProfile p = o.profile();
        return new DirectoryEntry(o.getId(), o.getStatus(), o.getKind(), p.nameJa(), p.nameEn(), p.nameReading(),
                p.legalForm(), p.prefecture(), p.region(), p.postalCode(), p.addressJa(), p.addressEn(), p.website(),
                p.fields(), p.services(), p.profileJa(), p.profileEn());
    }

    /** @return the key that orders it in Japanese: its reading, else its name without legal form, gojūon order */
    public String japaneseSortKey() {
        return JapaneseText.sortKey(reading != null && !reading.isBlank() ? reading
                : JapaneseText.withoutLegalForm(nameJa));
    }

    /** @return the key that orders it by English name */
    public String englishSortKey() {
        return JapaneseText.sortKey(nameEn);
    }

    /** @return everything searchable in the full view: names, reading and profiles in both languages */
    public java.util.List<String> allText() {
        return nonNull(nameJa, nameEn, reading, profileJa, profileEn);
    }

    /** @return what is searchable in the English view: the English name and profile */
    public java.util.List<String> englishText() {
        return nonNull(nameEn, profileEn);
    }

    private static java.util.List<String> nonNull(String... texts) {
        return java.util.Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).toList();
    }

    /** @return the entry in both languages, as members see it */
    public String fullJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", id)
                .add("nameJa", nameJa)
                .add("nameEn", nameEn);
        optional(json, "reading", reading);
        json.add("kind", coded(kind)).add("status", status.code());
        if (legalForm != null) {
            json.add("legalForm", coded(legalForm));
        }
        if (prefecture != null) {
            json.add("prefecture", JSON.createObjectBuilder().add("code", prefecture.code())
                    .add("ja", prefecture.nameJa()).add("en", prefecture.nameEn()));
        }
        if (region != null) {
            json.add("region", JSON.createObjectBuilder().add("code", region.nameEn())
                    .add("ja", region.nameJa()).add("en", region.nameEn()));
        }
        optional(json, "postalCode", postalCode);
        optional(json, "addressJa", addressJa);
        optional(json, "addressEn", addressEn);
        optional(json, "website", website);
        json.add("fields", codedList(fields)).add("services", codedList(services));
        optional(json, "profileJa", profileJa);
        optional(json, "profileEn", profileEn);
        return json.build().toString();
    }

    /** @return the entry in English only, as overseas partners see it */
    public String englishJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", id)
                .add("name", nameEn)
                .add("kind", english(kind));
        if (legalForm != null) {
            json.add("legalForm", english(legalForm));
        }
        if (prefecture != null) {
            json.add("prefecture", prefecture.nameEn());
        }
        if (region != null) {
            json.add("region", region.nameEn());
        }
        optional(json, "address", addressEn);
        optional(json, "website", website);
        JsonArrayBuilder fieldLabels = JSON.createArrayBuilder();
        fields.stream().sorted().forEach(f -> fieldLabels.add(english(f)));
        JsonArrayBuilder serviceLabels = JSON.createArrayBuilder();
        services.stream().sorted().forEach(s -> serviceLabels.add(english(s)));
        json.add("fields", fieldLabels).add("services", serviceLabels);
        optional(json, "profile", profileEn);
        return json.build().toString();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    private static JsonObjectBuilder coded(Coded value) {
        return JSON.createObjectBuilder().add("code", value.code()).add("ja", value.labelJa())
                .add("en", value.labelEn());
    }

    private static JsonObjectBuilder english(Coded value) {
        return JSON.createObjectBuilder().add("code", value.code()).add("label", value.labelEn());
    }

    private static <E extends Enum<E> & Coded> JsonArrayBuilder codedList(Collection<E> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().sorted().forEach(v -> array.add(coded(v)));
        return array;
    }
}
