package jp.innovationnet.portal.membership.registry;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Organization aliases: what a valid one looks like, and a readable one derived from an English name
 * ({@code Iwate Industry Promotion Center → iwate-industry-promotion-center}).
 */
public final class Aliases {

    /** Lower-case ASCII words of letters and digits joined by single '-', starting with a letter. */
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** The longest alias accepted (the organization table's key is 64 characters). */
    public static final int MAX_LENGTH = 64;

    /** Derived aliases stop at the last whole word within this length. */
    static final int DERIVED_LENGTH = 40;

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private Aliases() {
    }

    /**
     * @param alias a candidate
     * @return whether it is a valid alias
     */
    public static boolean isValid(String alias) {
        return alias != null && alias.length() >= 2 && alias.length() <= MAX_LENGTH && VALID.matcher(alias).matches();
    }

    /**
     * A readable alias from an English name: ASCII words in lower case joined by '-', at most
     * {@value #DERIVED_LENGTH} characters cut at a word boundary, starting with a letter ({@code org-} is put before
     * a name that starts with a digit).
     *
     * @param nameEn an English name
     * @return the alias, or {@code "org"} when the name has no ASCII letters or digits
     */
    public static String derive(String nameEn) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(nameEn == null ? "" : nameEn, Normalizer.Form.NFKD))
                .replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        StringBuilder alias = new StringBuilder();
        for (String word : NOT_WORD.split(ascii)) {
            if (word.isEmpty()) {
                continue;
            }
            if (alias.isEmpty() && Character.isDigit(word.charAt(0))) {
                alias.append("org");
            }
            int next = alias.length() + (alias.isEmpty() ? 0 : 1) + word.length();
            if (next > DERIVED_LENGTH) {
                if (alias.isEmpty()) {
                    alias.append(word, 0, DERIVED_LENGTH);
                }
                break;
            }
            if (!alias.isEmpty()) {
                alias.append('-');
            }
            alias.append(word);
        }
        return alias.length() < 2 ? "org" : alias.toString();
    }

    /**
     * @param base  a valid alias
     * @param taken whether an alias is in use already
     * @return {@code base}, or the first of {@code base-2}, {@code base-3}... that is free
     */
    public static String unique(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }
}
