package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.Contact;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * Checks a {@link ProfileInput} field by field and turns it into an {@link OrganizationProfile}. Text is kept as
 * written (stripped of surrounding blanks); codes, postal codes and phone numbers are read in their NFKC form, so
 * full-width digits are accepted.
 */
public final class ProfileReader {

    /** Longest name, in characters. */
    public static final int NAME_MAX = 200;
    /** Longest address, in characters. */
    public static final int ADDRESS_MAX = 400;
    /** Longest profile text, in characters. */
    public static final int PROFILE_MAX = 4000;
    /** Most contacts per organization. */
    public static final int CONTACTS_MAX = 20;

    private static final Pattern POSTAL_CODE_JAPAN = Pattern.compile("\\d{3}-?\\d{4}");
    private static final Pattern POSTAL_CODE_ABROAD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,11}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]{6,32}");
    /** A practical address check (RFC 5321 lengths, a dot in the domain); deliverability is proved by mail. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern KANA_READING = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");

    private ProfileReader() {
    }

    /**
     * @param input  the profile as given; null counts as missing
     * @param prefix the JSON path of the profile in the body, e.g. {@code "profile"}; fields are named
     *               {@code prefix.field}
     * @param errors where problems are reported
     * @return the profile, or empty when something is wrong (then {@code errors} says what)
     */
    public static Optional<OrganizationProfile> read(ProfileInput input, String prefix, FieldErrors errors) {
        if (input == null) {
            errors.add(prefix, "required");
            return Optional.empty();
        }
        String p = prefix + ".";
        String nameJa = required(input.nameJa(), p + "nameJa", NAME_MAX, errors);
        String nameEn = required(input.nameEn(), p + "nameEn", NAME_MAX, errors);
        String reading = optional(input.nameReading(), p + "nameReading", NAME_MAX, errors);
        if (reading != null && !KANA_READING.matcher(reading).matches()) {
            errors.add(p + "nameReading", "hiragana or katakana only");
        }
        LegalForm legalForm = coded(LegalForm.class, input.legalForm(), p + "legalForm", errors);
        Prefecture prefecture = prefecture(input.prefecture(), p + "prefecture", errors);
        Region region = region(input.region(), prefecture, p + "region", errors);
        String postalCode = postalCode(input.postalCode(), region, p + "postalCode", errors);
        String addressJa = optional(input.addressJa(), p + "addressJa", ADDRESS_MAX, errors);
        String addressEn = optional(input.addressEn(), p + "addressEn", ADDRESS_MAX, errors);
        String website = website(input.website(), p + "website", errors);
        Set<ActivityField> fields = codes(ActivityField.class, input.fields(), p + "fields", errors);
        Set<SupportService> services = codes(SupportService.class, input.services(), p + "services", errors);
        String profileJa = optional(input.profileJa(), p + "profileJa", PROFILE_MAX, errors);
        String profileEn = optional(input.profileEn(), p + "profileEn", PROFILE_MAX, errors);
        List<Contact> contacts = contacts(input.contacts(), p + "contacts", errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OrganizationProfile(nameJa, nameEn, reading, legalForm, prefecture, region, postalCode,
                addressJa, addressEn, website, fields, services, profileJa, profileEn, contacts));
    }

    /**
     * @param value  an e-mail address as given
     * @param field  its JSON path
     * @param errors where problems are reported
     * @return the address without surrounding blanks, or null when it is missing or invalid
     */
    public static String email(String value, String field, FieldErrors errors) {
        String email = required(value, field, 254, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(field, "not an e-mail address");
            return null;
        }
        return email;
    }

    /**
     * @param value  a telephone number as given, or null
     * @param field  its JSON path
     * @param errors where problems are reported
     * @return the number in NFKC form, or null when missing or invalid
     */
    public static String phone(String value, String field, FieldErrors errors) {
        String phone = blankToNull(JapaneseText.nfkc(value));
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(field, "digits, spaces, '+', '-' and parentheses, 6 to 32 characters");
            return null;
        }
        return phone;
    }

    /**
     * @param value  text as given
     * @param field  its JSON path
     * @param max    its largest length in characters
     * @param errors where problems are reported
     * @return the text stripped, or null when it is missing or too long (reported)
     */
    public static String required(String value, String field, int max, FieldErrors errors) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(field, "required");
            return null;
        }
        return limited(text, field, max, errors);
    }

    /**
     * @param value  text as given, or null
     * @param field  its JSON path
     * @param max    its largest length in characters
     * @param errors where problems are reported
     * @return the text stripped, or null when missing (fine) or too long (reported)
     */
    public static String optional(String value, String field, int max, FieldErrors errors) {
        String text = blankToNull(value);
        return text == null ? null : limited(text, field, max, errors);
    }

    /**
     * @param type   the closed set
     * @param value  a code as given, or null
     * @param field  its JSON path
     * @param errors where problems are reported
     * @param <E>    the closed set
     * @return the constant, or null when missing or unknown (reported)
     */
    public static <E extends Enum<E> & Coded> E coded(Class<E> type, String value, String field, FieldErrors errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        Optional<E> parsed = Coded.parse(type, JapaneseText.nfkc(value));
        if (parsed.isEmpty()) {
            errors.add(field, "one of " + Coded.codesOf(type));
        }
        return parsed.orElse(null);
    }

    private static String limited(String text, String field, int max, FieldErrors errors) {
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(field, "at most " + max + " characters");
            return null;
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Prefecture prefecture(String value, String field, FieldErrors errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        Optional<Prefecture> parsed = Prefecture.parse(JapaneseText.nfkc(value).strip());
        if (parsed.isEmpty()) {
            errors.add(field, "a JIS X 0401 code or a prefecture's name, e.g. 13, Tokyo or 東京都");
        }
        return parsed.orElse(null);
    }

    private static Region region(String value, Prefecture prefecture, String field, FieldErrors errors) {
        if (blankToNull(value) == null) {
            return prefecture == null ? null : prefecture.region();
        }
        Optional<Region> parsed = Region.parse(JapaneseText.nfkc(value).strip());
        if (parsed.isEmpty()) {
            errors.add(field, "one of Hokkaido, Tohoku, Kanto, Chubu, Kinki, Chugoku, Shikoku, Kyushu, Okinawa, "
                    + "Overseas");
            return null;
        }
        if (prefecture != null && parsed.get() != prefecture.region()) {
            errors.add(field, prefecture.nameEn() + " is in " + prefecture.region().nameEn());
            return null;
        }
        return parsed.get();
    }

    private static String postalCode(String value, Region region, String field, FieldErrors errors) {
        String code = blankToNull(JapaneseText.nfkc(value));
        if (code == null) {
            return null;
        }
        if (region == Region.OVERSEAS) {
            if (!POSTAL_CODE_ABROAD.matcher(code).matches()) {
                errors.add(field, "letters, digits, spaces and '-', 2 to 12 characters");
                return null;
            }
            return code;
        }
        if (!POSTAL_CODE_JAPAN.matcher(code).matches()) {
            errors.add(field, "a Japanese postal code, e.g. 100-0005");
            return null;
        }
        String digits = code.replace("-", "");
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }

    private static String website(String value, String field, FieldErrors errors) {
        String text = optional(value, field, ADDRESS_MAX, errors);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || !uri.getHost().contains(".") || uri.getUserInfo() != null) {
                errors.add(field, "an http or https URL such as https://www.example.jp/");
                return null;
            }
            return text;
        } catch (URISyntaxException e) {
            errors.add(field, "an http or https URL such as https://www.example.jp/");
            return null;
        }
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(Class<E> type, List<String> values, String field,
                                                         FieldErrors errors) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (int i = 0; i < values.size(); i++) {
            E parsed = coded(type, values.get(i), field + "[" + i + "]", errors);
            if (parsed != null) {
                result.add(parsed);
            } else if (blankToNull(values.get(i)) == null) {
                errors.add(field + "[" + i + "]", "one of " + Coded.codesOf(type));
            }
        }
        return result;
    }

    private static List<Contact> contacts(List<ContactInput> values, String field, FieldErrors errors) {
        List<Contact> contacts = new ArrayList<>();
        if (values == null) {
            return contacts;
        }
        if (values.size() > CONTACTS_MAX) {
            errors.add(field, "at most " + CONTACTS_MAX + " contacts");
            return contacts;
        }
        int primaries = 0;
        for (int i = 0; i < values.size(); i++) {
            String at = field + "[" + i + "]";
            ContactInput c = values.get(i);
            if (c == null) {
                errors.add(at, "required");
                continue;
            }
            String name = required(c.name(), at + ".name", NAME_MAX, errors);
            String title = optional(c.title(), at + ".title", NAME_MAX, errors);
            String email = email(c.email(), at + ".email", errors);
            String phone = phone(c.phone(), at + ".phone", errors);
            boolean primary = Boolean.TRUE.equals(c.primary());
            primaries += primary ? 1 : 0;
            if (primaries > 1 && primary) {
                errors.add(at + ".primary", "only one contact may be the primary one");
            }
            if (name != null && email != null) {
                contacts.add(new Contact(name, title, email, phone, primary));
            }
        }
        return contacts;
    }
}
