package jp.innovationnet.portal.plugins.liaison.opportunity;

import java.util.Set;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;

/**
 * A search of opportunities: every term must be found in a part the reader may read; each filter may be null.
 *
 * @param terms        search terms ({@link jp.innovationnet.portal.plugins.liaison.text.Terms})
 * @param kind         the kind
 * @param field        a field
 * @param country      an ISO 3166-1 code
 * @param stage        the stage of development (only where the reader may read it)
 * @param status       the status (the reader sees only those they may)
 * @param organization the intermediary
 */
public record OpportunityQuery(Set<String> terms, OpportunityKind kind, ActivityField field, String country,
                               Stage stage, OpportunityStatus status, String organization) {

    public OpportunityQuery {
        terms = Set.copyOf(terms);
    }
}
