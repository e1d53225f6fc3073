package jp.innovationnet.portal.plugins.coordinators.search;

import java.util.Locale;

/** What a search may be narrowed by, kept as terms {@code <facet>:<code>}. */
public enum Facet {
    TAG, FIELD, SERVICE, REGION, LANGUAGE, INDUSTRY, OUTCOME, FACTOR, PROGRAMME;

    /**
     * @param code a code of the closed list, or a folded tag
     * @return the term kept for it
     */
    public String term(String code) {
        return name().toLowerCase(Locale.ROOT) + ":" + code;
    }
}
