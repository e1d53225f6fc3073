package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.List;

/** Refuses to publish (or keep published) an entry that lacks a language. */
public class FaqIncompleteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    /** @param missing the fields to write first, as {@link FaqText#missingForPublication()} names them */
    public FaqIncompleteException(List<String> missing) {
        super("missing: " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    /** @return the fields to write first */
    public List<String> missing() {
        return missing;
    }
}
