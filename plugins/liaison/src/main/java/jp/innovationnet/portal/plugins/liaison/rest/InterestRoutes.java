package jp.innovationnet.portal.plugins.liaison.rest;

import java.net.URI;
import java.time.Clock;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.interest.AgreementKind;
import jp.innovationnet.portal.plugins.liaison.interest.Interest;
import jp.innovationnet.portal.plugins.liaison.interest.InterestStatus;
import jp.innovationnet.portal.plugins.liaison.interest.Interests;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.Part;
import jp.innovationnet.portal.plugins.liaison.opportunity.Upkeep;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/**
 * Expressions of interest through the intermediaries: expressed by people of other organizations and overseas
 * partners, read by their author and the opportunity's intermediary only, taken step by step by the intermediary;
 * each step audited, the other side notified and mailed once.
 */
final class InterestRoutes {

    private final PluginContext context;
    private final Opportunities opportunities;
    private final Interests interests;
    private final Clock clock;

    InterestRoutes(PluginContext context, Opportunities opportunities, Interests interests, Clock clock) {
        this.context = context;
        this.opportunities = opportunities;
        this.interests = interests;
        this.clock = clock;
    }

    void register(Refusing routes) {
        routes.post("/opportunities/{id}/interests", OpportunityRoutes.PARTICIPANTS, "Express interest in a"
                + " published opportunity of another organization (who, which capability, why)", this::express);
        routes.get("/interests", OpportunityRoutes.PARTICIPANTS, "The caller's pipeline: interests they expressed"
                + " and those in their organization's opportunities, newest first", this::pipeline);
        routes.post("/interests/{id}/steps", OpportunityRoutes.PARTICIPANTS, "The intermediary's next step:"
                + " introduced or declined, meeting, negotiation, agreement (with its kind) or closed", this::step);
    }

    private RouteResponse express(RouteRequest request) {
        Caller caller = request.caller();
        Reader reader = Reader.of(caller);
        EntityManager em = request.entityManager();
        long id = PathId.of(request, "id", "opportunity");
        Opportunity opportunity = opportunities.find(em, id).filter(o -> Opportunities.visibleTo(reader, o)
                        || o.publishedAt() != null && o.reach(Part.SUMMARY) <= reader.reach())
                .orElseThrow(() -> ProblemException.notFound("opportunity " + id));
        InterestInput input = request.body(InterestInput.class);
        Interest interest = interests.express(em, opportunity, reader, caller.displayName(), input.content(),
                clock.instant());
        String summary = Upkeep.summaryOf(opportunity.content());
        context.notifications().send(Notifications.Recipient.organization(opportunity.organizationId()),
                LiaisonWording.message(LiaisonWording.INTEREST_SUBJECT, LiaisonWording.INTEREST_BODY,
                        "/p/liaison/pipeline", summary, input.content().who(), ""));
        context.directory().person(opportunity.authorId()).filter(p -> !p.email().isBlank()).ifPresent(author ->
                context.mail().sendOnce("interest:" + interest.id() + ":expressed", new Mail.Email(author.email(),
                        author.language(), LiaisonWording.INTEREST_SUBJECT.in(author.language(),
                        opportunity.content().summary().in(author.language())),
                        LiaisonWording.INTEREST_BODY.in(author.language(),
                                opportunity.content().summary().in(author.language()), input.content().who(),
                                context.portalUrl("/p/liaison/pipeline")), null)));
        context.audit().record("interest.expressed", "interest", String.valueOf(interest.id()),
                Map.of("opportunity", String.valueOf(opportunity.id())));
        return RouteResponse.created(URI.create("interests/" + interest.id()),
                InterestView.of(interest, opportunity, false, caller.locale()));
    }

    private RouteResponse pipeline(RouteRequest request) {
        Caller caller = request.caller();
        EntityManager em = request.entityManager();
        String organization = caller.organizationId().orElse("");
        return RouteResponse.ok(interests.pipelineOf(em, caller.userId(), organization).stream().map(interest -> {
            Opportunity opportunity = opportunities.find(em, interest.opportunityId()).orElseThrow();
            return InterestView.of(interest, opportunity, caller.belongsTo(opportunity.organizationId()),
                    caller.locale());
        }).toList());
    }

    private RouteResponse step(RouteRequest request) {
        Caller caller = request.caller();
        EntityManager em = request.entityManager();
        long id = PathId.of(request, "id", "interest");
        Interest interest = interests.find(em, id).orElseThrow(() -> ProblemException.notFound("interest " + id));
        Opportunity opportunity = opportunities.find(em, interest.opportunityId()).orElseThrow();
        if (!caller.belongsTo(opportunity.organizationId())) {
            throw ProblemException.notFound("interest " + id);
        }
        StepInput input = request.body(StepInput.class);
        InterestStatus next = Coded.byCode(InterestStatus.values(), input.step().strip()).orElseThrow();
        AgreementKind agreement = input.agreement() == null ? null
                : Coded.byCode(AgreementKind.values(), input.agreement().strip()).orElseThrow();
        if (next == InterestStatus.AGREEMENT && agreement == null) {
            throw FieldErrors.single(caller.locale(), "agreement", KitWording.REQUIRED);
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        interests.step(interest, next, agreement, note, clock.instant());
        tellAuthor(interest, opportunity, next, note);
        context.audit().record("interest." + next.code(), "interest", String.valueOf(id),
                agreement == null ? Map.of() : Map.of("agreement", agreement.code()));
        return RouteResponse.ok(InterestView.of(interest, opportunity, true, caller.locale()));
    }

    private void tellAuthor(Interest interest, Opportunity opportunity, InterestStatus step, String note) {
        String link = "/p/liaison/pipeline";
        String text = note == null ? "" : note;
        context.notifications().send(Notifications.Recipient.user(interest.authorId()),
                LiaisonWording.message(LiaisonWording.STEP_SUBJECT, LiaisonWording.STEP_BODY, link,
                        Upkeep.summaryOf(opportunity.content()), step, text, ""));
        context.directory().person(interest.authorId()).filter(p -> !p.email().isBlank()).ifPresent(author -> {
            Object[] args = LiaisonWording.labelled(new Object[] {opportunity.content().summary().in(
                    author.language()), step, text, context.portalUrl(link)}, author.language());
            context.mail().sendOnce("interest:" + interest.id() + ":" + step.code(), new Mail.Email(author.email(),
                    author.language(), LiaisonWording.STEP_SUBJECT.in(author.language(), args),
                    LiaisonWording.STEP_BODY.in(author.language(), args), null));
        });
    }
}
