package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Label;

/** The plugin's stored codes of closed lists as the kit's {@link Label}s, for reading. */
public final class Labels {

    private Labels() {
    }

    /**
     * @param values the closed list
     * @param codes  some of its codes
     * @param locale the reader's language
     * @param <E>    the list
     * @return them labelled
     */
    static <E extends Enum<E> & Coded> List<Label> of(E[] values, List<String> codes, Locale locale) {
        return codes.stream().map(code -> of(values, code, locale)).toList();
    }

    /**
     * @param values the closed list
     * @param code   one of its codes
     * @param locale the reader's language
     * @param <E>    the list
     * @return it labelled
     */
    static <E extends Enum<E> & Coded> Label of(E[] values, String code, Locale locale) {
        return Label.of(Coded.byCode(values, code).orElseThrow(), locale);
    }
}
