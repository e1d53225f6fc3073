package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry.Classification;
import jp.innovationnet.portal.text.JapaneseText;

/** Checks the secretariat's parts of an organization's record: alias, classification and e-mail domains. */
public final class RecordReader {

    /** An alias (also the Keycloak organization's alias). */
    public static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9-]{0,62}[a-z0-9]");
    /** Most e-mail domains per organization. */
    public static final int DOMAINS_MAX = 20;

    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private RecordReader() {
    }

    /**
     * @param id     an alias as given
     * @param field  its JSON path
     * @param errors where problems are reported
     * @return the alias, or null when missing or invalid
     */
    public static String alias(String id, String field, FieldErrors errors) {
        if (id == null || id.isBlank()) {
            errors.add(field, "required");
            return null;
        }
        if (!ALIAS.matcher(id).matches()) {
            errors.add(field, "lower-case letters, digits and '-', 2 to 64 characters, starting with a letter");
            return null;
        }
        return id;
    }

    /**
     * @param kind            kind code as given
     * @param membershipClass class code as given
     * @param memberNumber    member number as given
     * @param errors          where problems are reported
     * @return the classification, or null when something is wrong
     */
    public static Classification classification(String kind, String membershipClass, Integer memberNumber,
                                                FieldErrors errors) {
        if (kind == null || kind.isBlank()) {
            errors.add("kind", "required: one of member, steering-agency, secretariat, overseas-partner");
            return null;
        }
        OrganizationKind parsedKind = ProfileReader.coded(OrganizationKind.class, kind, "kind", errors);
        MembershipClass parsedClass = ProfileReader.coded(MembershipClass.class, membershipClass, "membershipClass",
                errors);
        if (parsedKind == OrganizationKind.MEMBER && parsedClass == null && errors.isEmpty()) {
            errors.add("membershipClass", "required for members: full or supporting");
        }
        if (parsedKind != null && parsedKind != OrganizationKind.MEMBER && parsedClass != null) {
            errors.add("membershipClass", "only members have a membership class");
        }
        if (memberNumber != null && (memberNumber < 1 || memberNumber > 100_000)) {
            errors.add("memberNumber", "a number from 1 to 100000");
        }
        return parsedKind == null ? null : new Classification(parsedKind, parsedClass, memberNumber);
    }

    /**
     * @param values e-mail domains as given, or null
     * @param errors where problems are reported
     * @return the domains, lower case
     */
    public static Set<String> domains(List<String> values, FieldErrors errors) {
        Set<String> domains = new LinkedHashSet<>();
        if (values == null) {
            return domains;
        }
        if (values.size() > DOMAINS_MAX) {
            errors.add("domains", "at most " + DOMAINS_MAX + " domains");
            return domains;
        }
        for (int i = 0; i < values.size(); i++) {
            String domain = values.get(i) == null ? "" : JapaneseText.nfkc(values.get(i)).strip()
                    .toLowerCase(Locale.ROOT);
            if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
                errors.add("domains[" + i + "]", "a domain name such as example.or.jp");
            } else {
                domains.add(domain);
            }
        }
        return domains;
    }

    /**
     * @param version a version as given
     * @param errors  where problems are reported
     * @return it, or -1 when missing (reported)
     */
    public static long version(Long version, FieldErrors errors) {
        if (version == null || version < 0) {
            errors.add("version", "required: the version of the record you read");
            return -1;
        }
        return version;
    }
}
