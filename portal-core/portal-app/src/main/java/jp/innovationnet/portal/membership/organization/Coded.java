package jp.innovationnet.portal.membership.organization;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed set of values with a stable code (how the API and the database write it) and labels in both languages.
 * The code of a constant is its name in lower case with '-' for '_', e.g. {@code LIFE_SCIENCE → life-science}; its
 * labels are in {@code labels_ja.properties} and {@code labels_en.properties} in the enum's own package, under
 * {@code <enum>.<code>}.
 */
public interface Coded {

    /** @return the constant's name, as every enum has it */
    String name();

    /** @return its label in Japanese */
    default String labelJa() {
        return Labels.of(this, Locale.JAPANESE);
    }

    /** @return its label in English */
    default String labelEn() {
        return Labels.of(this, Locale.ENGLISH);
    }

    /** @return its code, e.g. {@code life-science} */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param type the enum
     * @param code a code, or a label in either language (any case, surrounding blanks ignored)
     * @param <E>  the enum
     * @return the constant, or empty when nothing matches
     */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.code().equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted)
                        || e.labelEn().equalsIgnoreCase(wanted) || e.labelJa().equals(wanted))
                .findFirst();
    }

    /**
     * @param type the enum
     * @return its codes, comma-separated, for error messages
     */
    static String codesOf(Class<? extends Coded> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }
}
