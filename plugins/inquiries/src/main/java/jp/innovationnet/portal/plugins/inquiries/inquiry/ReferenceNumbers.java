package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reference numbers such as {@code Q26-7K3M-9PQX}: the year in Japan and 8 random Crockford base32 characters
 * (40 bits, not sequential, so neither the volume nor a neighbour's number can be read from one). Crockford's
 * alphabet has no I, L, O or U: read aloud over the phone, a reference is not misheard.
 */
public final class ReferenceNumbers {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("Q\\d{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumbers() {
    }

    /**
     * @param now   the time of submission
     * @param taken whether a reference is in use already
     * @return a new reference number not taken
     */
    public static String next(Instant now, Predicate<String> taken) {
        String year = String.format(Locale.ROOT, "%02d", now.atZone(JAPAN).getYear() % 100);
        while (true) {
            StringBuilder reference = new StringBuilder("Q").append(year).append('-');
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    reference.append('-');
                }
                reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!taken.test(reference.toString())) {
                return reference.toString();
            }
        }
    }

    /**
     * @param text a reference as a person typed it (any case, full-width letters)
     * @return the reference it is, if it has a reference's shape; anything else is not looked up
     */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String reference = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT);
        return SHAPE.matcher(reference).matches() ? Optional.of(reference) : Optional.empty();
    }
}
