package jp.innovationnet.portal.directory;

import java.util.Arrays;
import java.util.Optional;

/** The directory's orders. Both end with the alias, so that every entry has one place and pages never overlap. */
public enum DirectorySort {
    /** Gojūon order of the reading; the Japanese name (without legal form) when there is no reading. */
    READING("reading"),
    /** The English name, alphabetically. */
    NAME_EN("name-en");

    private final String code;

    DirectorySort(String code) {
        this.code = code;
    }

    /** @return how the API writes it */
    public String code() {
        return code;
    }

    /** @param code {@code reading} or {@code name-en} @return the order, or empty */
    public static Optional<DirectorySort> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
