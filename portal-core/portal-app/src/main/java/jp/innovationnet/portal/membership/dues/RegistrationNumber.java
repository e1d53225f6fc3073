package jp.innovationnet.portal.membership.dues;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A registration number of a qualified invoice issuer (適格請求書発行事業者登録番号): {@code T} followed by the
 * issuer's 13-digit corporate number (法人番号), whose first digit is a check digit over the other twelve:
 * {@code 9 − (Σ Pn × Qn mod 9)}, where Pn is the n-th of the twelve digits counted from the right and Qn is 1 for
 * odd n and 2 for even n (National Tax Agency, 法人番号の指定等に関する省令).
 *
 * @param value the number as printed, e.g. {@code T8010005000001}
 */
public record RegistrationNumber(String value) {

    private static final Pattern FORM = Pattern.compile("T[1-9][0-9]{12}");

    public RegistrationNumber {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a registration number is T and 13 digits, not '" + value + "'");
        }
        int expected = checkDigit(value.substring(2));
        if (value.charAt(1) - '0' != expected) {
            throw new IllegalArgumentException("registration number " + value + " fails its check digit (expected "
                    + expected + ")");
        }
    }

    /**
     * @param base the twelve digits after the check digit
     * @return the check digit for them
     */
    public static int checkDigit(String base) {
        if (base.length() != 12 || !base.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("twelve digits, not '" + base + "'");
        }
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = base.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    @Override
    public String toString() {
        return value;
    }
}
