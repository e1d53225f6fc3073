package jp.innovationnet.portal.plugins.liaison.rest;

import java.net.URI;
import java.time.Clock;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.follow.Follow;
import jp.innovationnet.portal.plugins.liaison.follow.Follows;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityKind;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/** Follows: a person's own, of an opportunity they may know of or of a search; nobody else reads them. */
final class FollowRoutes {

    private final Follows follows;
    private final Opportunities opportunities;
    private final Clock clock;

    FollowRoutes(Follows follows, Opportunities opportunities, Clock clock) {
        this.follows = follows;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    void register(Refusing routes) {
        routes.get("/follows", OpportunityRoutes.SIGNED_IN, "The caller's follows, newest first", this::list);
        routes.post("/follows", OpportunityRoutes.SIGNED_IN, "Follow an opportunity, or a search by kind, field"
                + " and country (alerts by e-mail)", this::follow);
        routes.delete("/follows/{id}", OpportunityRoutes.SIGNED_IN, "Stop following", this::unfollow);
    }

    private RouteResponse list(RouteRequest request) {
        EntityManager em = request.entityManager();
        Caller caller = request.caller();
        return RouteResponse.ok(follows.of(em, caller.userId()).stream().map(f -> view(em, f, caller)).toList());
    }

    private RouteResponse follow(RouteRequest request) {
        Caller caller = request.caller();
        EntityManager em = request.entityManager();
        FollowInput input = request.body(FollowInput.class);
        FieldErrors errors = FieldErrors.in(caller.locale());
        String country = null;
        if (input.country() != null && !input.country().isBlank()) {
            country = Countries.code(input.country());
            if (country == null) {
                errors.add("country", LiaisonWording.UNKNOWN_COUNTRY);
            }
        }
        OpportunityKind kind = input.kind() == null ? null
                : Coded.byCode(OpportunityKind.values(), input.kind().strip()).orElseThrow();
        ActivityField field = input.field() == null ? null
                : Coded.byCode(ActivityField.values(), input.field().strip()).orElseThrow();
        if (input.opportunityId() == null && kind == null && field == null && country == null) {
            errors.add("opportunityId", LiaisonWording.NOTHING_TO_FOLLOW);
        }
        errors.throwIfAny();
        Reader reader = Reader.of(caller);
        if (input.opportunityId() != null && opportunities.find(em, input.opportunityId())
                .filter(o -> Opportunities.visibleTo(reader, o)).isEmpty()) {
            throw ProblemException.notFound("opportunity " + input.opportunityId());
        }
        Follow follow = new Follow(reader, input.opportunityId(), kind, field, country, clock.instant());
        em.persist(follow);
        em.flush();
        return RouteResponse.created(URI.create("follows/" + follow.id()), view(em, follow, caller));
    }

    private RouteResponse unfollow(RouteRequest request) {
        long id = PathId.of(request, "id", "follow");
        Follow follow = follows.find(request.entityManager(), id)
                .filter(f -> f.userId().equals(request.caller().userId()))
                .orElseThrow(() -> ProblemException.notFound("follow " + id));
        request.entityManager().remove(follow);
        return RouteResponse.noContent();
    }

    private FollowView view(EntityManager em, Follow follow, Caller caller) {
        Opportunity opportunity = follow.opportunityId() == null ? null
                : opportunities.find(em, follow.opportunityId())
                .filter(o -> Opportunities.visibleTo(Reader.of(caller), o)).orElse(null);
        return FollowView.of(follow, opportunity, caller.locale());
    }
}
