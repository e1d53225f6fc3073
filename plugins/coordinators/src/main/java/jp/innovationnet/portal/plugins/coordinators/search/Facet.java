package jp.innovationnet.portal.plugins.coordinators.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugins.coordinators.text.TagFolding;

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

    /**
     * What someone or something is about, as the terms of the filters: a question's or a profile's fields, services,
     * region and tags, e.g. to match questions to a profile or experts to a question.
     *
     * @param fields   field codes
     * @param services service codes
     * @param region   a region code; null for none
     * @param tags     tags as typed
     * @return their terms
     */
    public static List<String> interests(List<String> fields, List<String> services, String region,
                                         List<String> tags) {
        List<String> terms = new ArrayList<>();
        fields.forEach(code -> terms.add(FIELD.term(code)));
        services.forEach(code -> terms.add(SERVICE.term(code)));
        if (region != null) {
            terms.add(REGION.term(region));
        }
        tags.forEach(tag -> terms.add(TAG.term(TagFolding.fold(tag))));
        return terms;
    }
}
