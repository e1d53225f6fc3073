package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helps the secretariat turn an inquiry into an FAQ entry: removes web addresses, e-mail addresses and telephone
 * numbers (Japanese and international forms, half- or full-width) from a text, leaving a marker in the text's language
 * where each was. Names and other details remain the editor's job. Thread-safe.
 */
public final class Anonymiser {

    private static final String STOP = "\\s<>\"'()（）「」『』【】、。，．";
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^" + STOP + "]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+\\-]+[@＠][\\p{L}\\p{N}\\-]+(?:[.．][\\p{L}\\p{N}\\-]+)+");
    /** A run of digits and the separators people write in numbers; kept only if it looks like a number to dial. */
    private static final Pattern PHONE_LIKE = Pattern.compile(
            "[+＋]?(?:[(（]\\p{Nd}{1,5}[)）])?\\p{Nd}[\\p{Nd}\\s()（）\\-－‐−–ー]{6,}\\p{Nd}");

    /**
     * @param text     a text, e.g. an asker's question
     * @param language the text's language, for the markers
     * @return the text without web addresses, e-mail addresses and telephone numbers
     */
    public String anonymise(String text, Locale language) {
        String withoutUrls = URL.matcher(text).replaceAll(Matcher.quoteReplacement(Marker.URL.in(language)));
        String withoutEmails = EMAIL.matcher(withoutUrls)
                .replaceAll(Matcher.quoteReplacement(Marker.EMAIL.in(language)));
        String phone = Matcher.quoteReplacement(Marker.PHONE.in(language));
        return PHONE_LIKE.matcher(withoutEmails).replaceAll(m -> isPhoneNumber(m.group()) ? phone
                : Matcher.quoteReplacement(m.group()));
    }

    /** Japanese numbers have 10 or 11 digits and start with 0; international ones start with + (or 0 abroad). */
    private static boolean isPhoneNumber(String candidate) {
        long digits = candidate.codePoints().filter(Character::isDigit).count();
        String start = candidate.replaceFirst("^[(（]", "");
        boolean dialled = start.startsWith("+") || start.startsWith("＋")
                || Character.getNumericValue(start.codePointAt(0)) == 0;
        return dialled && digits >= 10 && digits <= 13;
    }
}
