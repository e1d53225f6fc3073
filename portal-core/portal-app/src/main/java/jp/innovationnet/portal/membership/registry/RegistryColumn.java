package jp.innovationnet.portal.membership.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the registry's CSV, in the order the export writes them. The published member list
 * ({@code data/members-2009.csv}) has {@code seq, name_ja, name_en, legal_form, prefecture, region}; the others are
 * optional on import, so an export imports again unchanged. Only {@link #NAME_JA} and {@link #NAME_EN} are required.
 */
public enum RegistryColumn {
    /** Member number in the published list. */
    SEQ("seq"),
    /** The organization's alias (also its Keycloak organization's); derived from the English name when empty. */
    ALIAS("alias"),
    NAME_JA("name_ja"),
    NAME_EN("name_en"),
    /** Reading of the Japanese name in kana, for gojūon order and kana search. */
    READING("reading"),
    LEGAL_FORM("legal_form"),
    KIND("kind"),
    MEMBERSHIP_CLASS("membership_class"),
    STATUS("status"),
    /** English name, Japanese name or JIS X 0401 code on import; English name on export. */
    PREFECTURE("prefecture"),
    REGION("region"),
    POSTAL_CODE("postal_code"),
    ADDRESS_JA("address_ja"),
    ADDRESS_EN("address_en"),
    WEBSITE("website"),
    /** Activity field codes separated by {@code ;}. */
    FIELDS("fields"),
    /** Support service codes separated by {@code ;}. */
    SERVICES("services"),
    PROFILE_JA("profile_ja"),
    PROFILE_EN("profile_en"),
    /** Contact people (private), {@code Name <e-mail>} separated by {@code ;}, the primary contact first. */
    CONTACTS("contacts");

    /** What separates the values of a multi-valued column. */
    public static final String LIST_SEPARATOR = ";";

    private final String header;

    RegistryColumn(String header) {
        this.header = header;
    }

    /** @return the column's name in the header row */
    public String header() {
        return header;
    }

    /**
     * @param header a header cell (case and surrounding blanks ignored)
     * @return the column, or empty for a column the registry does not know
     */
    public static Optional<RegistryColumn> byHeader(String header) {
        String wanted = header == null ? "" : header.strip();
        return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(wanted)).findFirst();
    }
}
