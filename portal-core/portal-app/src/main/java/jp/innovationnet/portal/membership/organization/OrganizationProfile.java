package jp.innovationnet.portal.membership.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an organization says about itself: everything of its record that its own administrators may edit.
 * Names keep the text exactly as written; comparison and search normalise it elsewhere.
 *
 * @param nameJa      name in Japanese, as the organization writes it (half-width kana and all)
 * @param nameEn      name in English
 * @param nameReading reading of the Japanese name in katakana or hiragana, for sorting; may be null
 * @param legalForm   legal form; may be null when unknown
 * @param prefecture  prefecture; null abroad or when unknown
 * @param region      region; {@link Region#OVERSEAS} abroad; may be null when unknown
 * @param postalCode  postal code, e.g. {@code 060-0001}; may be null
 * @param addressJa   address in Japanese; may be null
 * @param addressEn   address in English; may be null
 * @param website     https or http URL; may be null
 * @param fields      fields of activity
 * @param services    support services it offers
 * @param profileJa   public profile text in Japanese (plain text); may be null
 * @param profileEn   public profile text in English (plain text); may be null
 * @param contacts    contact people (private)
 */
public record OrganizationProfile(String nameJa, String nameEn, String nameReading, LegalForm legalForm,
                                  Prefecture prefecture, Region region, String postalCode, String addressJa,
                                  String addressEn, String website, Set<ActivityField> fields,
                                  Set<SupportService> services, String profileJa, String profileEn,
                                  List<Contact> contacts) {

    public OrganizationProfile {
        Objects.requireNonNull(nameJa, "nameJa");
        Objects.requireNonNull(nameEn, "nameEn");
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        services = services == null ? Set.of() : Set.copyOf(services);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        if (region == null && prefecture != null) {
            region = prefecture.region();
        }
    }

    /**
     * A profile with just names and place, as the published member list gives them.
     *
     * @param nameJa     name in Japanese
     * @param nameEn     name in English
     * @param legalForm  legal form, or null
     * @param prefecture prefecture, or null
     * @param region     region, or null (then the prefecture's)
     * @return the profile
     */
    public static OrganizationProfile of(String nameJa, String nameEn, LegalForm legalForm, Prefecture prefecture,
                                         Region region) {
        return new OrganizationProfile(nameJa, nameEn, null, legalForm, prefecture, region, null, null, null, null,
                Set.of(), Set.of(), null, null, List.of());
    }

    /**
     * @param next the profile after an edit
     * @return for each field that differs, its value before and after (as text, for the audit trail)
     */
    public Map<String, Change> changesTo(OrganizationProfile next) {
        Map<String, Change> changes = new LinkedHashMap<>();
        compare(changes, "nameJa", nameJa, next.nameJa);
        compare(changes, "nameEn", nameEn, next.nameEn);
        compare(changes, "nameReading", nameReading, next.nameReading);
        compare(changes, "legalForm", legalForm, next.legalForm);
        compare(changes, "prefecture", prefecture, next.prefecture);
        compare(changes, "region", region, next.region);
        compare(changes, "postalCode", postalCode, next.postalCode);
        compare(changes, "addressJa", addressJa, next.addressJa);
        compare(changes, "addressEn", addressEn, next.addressEn);
        compare(changes, "website", website, next.website);
        compare(changes, "fields", fields, next.fields);
        compare(changes, "services", services, next.services);
        compare(changes, "profileJa", profileJa, next.profileJa);
        compare(changes, "profileEn", profileEn, next.profileEn);
        compare(changes, "contacts", contacts.stream().map(OrganizationProfile::describe).toList(),
                next.contacts.stream().map(OrganizationProfile::describe).toList());
        return changes;
    }

    private static String describe(Contact c) {
        return c.name() + " <" + c.email() + ">" + (c.primary() ? " (primary)" : "");
    }

    private static void compare(Map<String, Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(text(before), text(after)));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Prefecture p) {
            return p.code();
        }
        if (value instanceof Region r) {
            return r.nameEn();
        }
        if (value instanceof Set<?> set) {
            return String.join(",", set.stream().map(OrganizationProfile::text).sorted().toList());
        }
        return value.toString();
    }

    /**
     * One field's change.
     *
     * @param before the value before, or null
     * @param after  the value after, or null
     */
    public record Change(String before, String after) {
    }
}
