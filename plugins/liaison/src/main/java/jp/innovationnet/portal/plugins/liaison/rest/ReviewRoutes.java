package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.Upkeep;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/**
 * An opportunity's way to publication and on: submitted by its intermediary, published or returned with a comment
 * by the secretariat's quality review, renewed by its intermediary; each step audited and told to the other side.
 */
final class ReviewRoutes {

    /** Who reviews: the secretariat. */
    static final Access SECRETARIAT = Access.anyRole("secretariat");

    private final PluginContext context;
    private final Opportunities opportunities;
    private final OpportunityRoutes reading;
    private final Clock clock;

    ReviewRoutes(PluginContext context, Opportunities opportunities, OpportunityRoutes reading, Clock clock) {
        this.context = context;
        this.opportunities = opportunities;
        this.reading = reading;
        this.clock = clock;
    }

    void register(Refusing routes) {
        routes.post("/opportunities/{id}/submit", OpportunityRoutes.PARTICIPANTS, "Submit one's organization's draft"
                + " for the secretariat's quality review", this::submit);
        routes.post("/opportunities/{id}/publish", SECRETARIAT, "Publish a submitted opportunity (review passed)",
                this::publish);
        routes.post("/opportunities/{id}/return", SECRETARIAT, "Return a submitted opportunity with a comment",
                this::returnWith);
        routes.post("/opportunities/{id}/renew", OpportunityRoutes.PARTICIPANTS, "Renew one's organization's"
                + " published or expired opportunity for another twelve months", this::renew);
    }

    private RouteResponse submit(RouteRequest request) {
        Opportunity opportunity = reading.ofCallersOrganization(request);
        opportunities.submit(opportunity);
        context.notifications().send(Notifications.Recipient.role("secretariat"),
                LiaisonWording.message(LiaisonWording.SUBMITTED_SUBJECT, LiaisonWording.SUBMITTED_BODY,
                        Upkeep.link(opportunity.id()), Upkeep.summaryOf(opportunity.content()),
                        opportunity.organizationId()));
        return done(request, opportunity, "opportunity.submitted", Map.of());
    }

    private RouteResponse publish(RouteRequest request) {
        Opportunity opportunity = reading.find(request);
        opportunities.publish(opportunity, Requests.today(clock), clock.instant());
        tellIntermediary(opportunity, "");
        return done(request, opportunity, "opportunity.published", Map.of());
    }

    private RouteResponse returnWith(RouteRequest request) {
        Opportunity opportunity = reading.find(request);
        String comment = request.body(CommentInput.class).comment().strip();
        opportunities.returnWith(opportunity, comment);
        tellIntermediary(opportunity, comment);
        return done(request, opportunity, "opportunity.returned", Map.of("comment", comment));
    }

    private RouteResponse renew(RouteRequest request) {
        Opportunity opportunity = reading.ofCallersOrganization(request);
        LocalDate until = opportunities.renew(opportunity, Requests.today(clock), clock.instant());
        return done(request, opportunity, "opportunity.renewed", Map.of("expires", until.toString()));
    }

    private void tellIntermediary(Opportunity opportunity, String comment) {
        context.notifications().send(Notifications.Recipient.organization(opportunity.organizationId()),
                LiaisonWording.message(LiaisonWording.REVIEWED_SUBJECT, LiaisonWording.REVIEWED_BODY,
                        Upkeep.link(opportunity.id()),
                        Upkeep.summaryOf(opportunity.content()), opportunity.status(), comment));
    }

    private RouteResponse done(RouteRequest request, Opportunity opportunity, String action,
                               Map<String, String> changes) {
        context.audit().record(action, "opportunity", String.valueOf(opportunity.id()), changes);
        return RouteResponse.ok(reading.view(Reader.of(request.caller()), opportunity));
    }
}
