package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * A search of the FAQ: a question as typed so far (perhaps half-written), in either language.
 *
 * @param text      the words typed
 * @param topic     only entries of this topic, if given
 * @param languages the languages to search in: Japanese, English or both
 * @param drafts    whether drafts may be found (the secretariat's list; never for suggestions)
 * @param limit     at most how many entries
 */
public record FaqQuery(String text, Optional<Topic> topic, Set<Locale> languages, boolean drafts, int limit) {

    /** Both languages the FAQ is written in. */
    public static final Set<Locale> BOTH = Set.of(Locale.JAPANESE, Locale.ENGLISH);

    public FaqQuery {
        languages = Set.copyOf(languages);
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }
}
