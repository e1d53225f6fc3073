package jp.innovationnet.portal.plugins.liaison.rest;

import java.util.ArrayList;
import java.util.List;

import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityStatus;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/** What a reader may do with an opportunity now, so that screens offer only that (the routes check it again). */
final class Actions {

    private Actions() {
    }

    /** @return some of edit, submit, renew, interests (the pipeline), publish, return, express-interest, follow */
    static List<String> on(Opportunity opportunity, Reader reader) {
        List<String> actions = new ArrayList<>();
        OpportunityStatus status = opportunity.status();
        boolean intermediary = reader.actsFor(opportunity.organizationId());
        if (intermediary && (status == OpportunityStatus.DRAFT || status == OpportunityStatus.RETURNED)) {
            actions.addAll(List.of("edit", "submit"));
        }
        if (intermediary && (status == OpportunityStatus.PUBLISHED || status == OpportunityStatus.EXPIRED)) {
            actions.addAll(List.of("renew", "interests"));
        }
        if (reader.secretariat() && status == OpportunityStatus.SUBMITTED) {
            actions.addAll(List.of("publish", "return"));
        }
        if (!intermediary && reader.participant() && status == OpportunityStatus.PUBLISHED) {
            actions.addAll(List.of("express-interest", "follow"));
        }
        return actions;
    }
}
