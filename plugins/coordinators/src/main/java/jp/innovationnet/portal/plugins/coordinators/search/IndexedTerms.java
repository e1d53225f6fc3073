package jp.innovationnet.portal.plugins.coordinators.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.text.TagFolding;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * The terms one profile or case is found by, each with the widest audience that may find it by that term: a word of
 * a part read by members only is not a way for a visitor to find the profile. Words are {@code w:<term>}; codes of a
 * filter are {@code <facet>:<code>}, a tag {@code tag:<folded tag>}.
 */
public final class IndexedTerms {

    private final Terms analysis;
    private final Map<String, Integer> reach = new LinkedHashMap<>();

    /** @param analysis how texts become terms */
    public IndexedTerms(Terms analysis) {
        this.analysis = analysis;
    }

    /**
     * @param text     a text; may be null
     * @param audience who may read it
     * @return this
     */
    public IndexedTerms words(String text, Audience audience) {
        analysis.of(text).forEach(term -> add(word(term), audience));
        return this;
    }

    /**
     * @param facet    the filter, e.g. {@code field}
     * @param codes    its codes
     * @param audience who may read them
     * @return this
     */
    public IndexedTerms codes(Facet facet, Collection<String> codes, Audience audience) {
        codes.forEach(code -> add(facet.term(code), audience));
        return this;
    }

    /**
     * Tags are found by filter (folded) and by words (their terms and the folded tag itself).
     *
     * @param tags     tags as typed
     * @param audience who may read them
     * @return this
     */
    public IndexedTerms tags(Collection<String> tags, Audience audience) {
        for (String tag : tags) {
            add(Facet.TAG.term(TagFolding.fold(tag)), audience);
            add(word(TagFolding.fold(tag)), audience);
            words(tag, audience);
        }
        return this;
    }

    /**
     * @param term a searched word's term
     * @return how it is kept
     */
    public static String word(String term) {
        return "w:" + term;
    }

    /** @return each term with the rank of the widest audience that may find it by that term */
    Map<String, Integer> reach() {
        return reach;
    }

    private void add(String term, Audience audience) {
        String kept = term.length() > Terms.MAX_LENGTH + 20 ? term.substring(0, Terms.MAX_LENGTH + 20) : term;
        reach.merge(kept, audience.rank(), Math::min);
    }
}
