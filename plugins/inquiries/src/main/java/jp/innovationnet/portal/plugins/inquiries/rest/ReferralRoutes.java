package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Viewer;
import jp.innovationnet.portal.plugins.inquiries.referral.Assignees;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.referral.ReferralStateException;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.referral.Standing;

/**
 * Routing: the secretariat routes an inquiry to one or several organizations, a receiver refers it onward, accepts it
 * or hands it back, and a person is assigned. Only staff who see the inquiry get further than 404.
 */
final class ReferralRoutes {

    private final Desk desk;

    ReferralRoutes(Desk desk) {
        this.desk = desk;
    }

    void register(Routes routes) {
        Access staff = Access.anyRole(Viewer.STAFF_ROLES.toArray(String[]::new));
        routes.post("/inquiries/{ref}/referrals", staff,
                "Route to organizations: {organizations: [ids], note} (the secretariat, or a receiver referring onward)",
                this::route);
        routes.post("/inquiries/{ref}/referrals/{org}/accept", staff, "The organization accepts the inquiry",
                this::accept);
        routes.post("/inquiries/{ref}/referrals/{org}/hand-back", staff,
                "The organization hands the inquiry back to the secretariat: {note}", this::handBack);
        routes.add(HttpMethod.PUT, "/inquiries/{ref}/referrals/{org}/assignee", staff,
                "Assign a person of the organization: {userId} (null clears)", this::assign);
        routes.get("/inquiries/{ref}/referrals/{org}/assignable", staff,
                "The people of the organization the caller may assign", this::assignable);
    }

    private RouteResponse route(RouteRequest request) {
        Case found = staffCase(request);
        Locale locale = request.caller().locale();
        Optional<Referral> from = found.standing() == Standing.SECRETARIAT ? Optional.empty()
                : Optional.of(Desk.holding(found, request));
        Inputs.ReferralInput input = request.body(Inputs.ReferralInput.class);
        List<String> organizations = organizations(input.organizations(), locale);
        Optional<String> note = Inputs.given(input.note());
        for (String organization : organizations) {
            if (found.referrals().stream().anyMatch(r -> r.organizationId().equals(organization)
                    && r.status().active())) {
                throw Desk.conflict("organizations[" + organizations.indexOf(organization) + "]",
                        DeskWording.ALREADY_ROUTED.in(locale));
            }
        }
        if (found.inquiry().status() == InquiryStatus.CLOSED) {
            throw Desk.conflict(DeskWording.INQUIRY_STATE.in(locale, InquiryStatus.CLOSED.label(locale)));
        }
        Instant now = desk.clock.instant();
        found.lock(request);
        new Referrals(request.entityManager()).route(found.inquiry(), organizations, note,
                request.caller().userId(), from.map(Referral::organizationId), now);
        desk.notices.routed(found.inquiry(), organizations);
        desk.context.audit().record("inquiry.routed", "inquiry", found.inquiry().reference(),
                Map.of("organizations", String.join(",", organizations)));
        Desk.flush(request);
        return view(request);
    }

    private RouteResponse accept(RouteRequest request) {
        Case found = staffCase(request);
        Referral referral = own(found, request);
        try {
            found.lock(request);
            new Referrals(request.entityManager()).accept(found.inquiry(), referral, desk.clock.instant());
        } catch (ReferralStateException e) {
            throw refused(request, e);
        }
        Desk.flush(request);
        return view(request);
    }

    private RouteResponse handBack(RouteRequest request) {
        Case found = staffCase(request);
        Referral referral = own(found, request);
        Inputs.HandBackInput input = request.body(Inputs.HandBackInput.class);
        Optional<String> note = Inputs.given(input.note());
        try {
            found.lock(request);
            new Referrals(request.entityManager()).handBack(found.inquiry(), referral, note, desk.clock.instant());
        } catch (ReferralStateException e) {
            throw refused(request, e);
        }
        desk.notices.handedBack(found.inquiry(), referral.organizationId());
        Desk.flush(request);
        return view(request);
    }

    /**
     * The secretariat and the organization's member-admin assign any person of the organization holding a staff-side
     * role ({@link Assignees}); everybody else of the organization only themself (422 naming {@code userId}
     * otherwise). Someone assigned by another person hears by mail. The assignee themself, the organization's
     * member-admin and the secretariat may clear it.
     */
    private RouteResponse assign(RouteRequest request) {
        Case found = staffCase(request);
        Caller caller = request.caller();
        Locale locale = caller.locale();
        Referral referral = referral(found, request);
        Inputs.AssigneeInput input = request.body(Inputs.AssigneeInput.class);
        Optional<String> userId = Optional.ofNullable(input.userId()).filter(u -> !u.isBlank());
        Optional<Person> assignee = Optional.empty();
        if (userId.isPresent()) {
            assignee = Assignees.find(caller, referral.organizationId(),
                    desk.context.directory().people(referral.organizationId()), userId.get());
            if (assignee.isEmpty()) {
                throw FieldErrors.single(locale, "userId", Assignees.mayAssignOthers(caller,
                        referral.organizationId()) ? DeskWording.NOT_ASSIGNABLE : DeskWording.SELF_ONLY);
            }
        } else {
            boolean mayClear = Assignees.mayAssignOthers(caller, referral.organizationId())
                    || referral.assigneeUserId().filter(caller.userId()::equals).isPresent();
            if (!mayClear) {
                throw ProblemException.forbidden(DeskWording.NOT_YOUR_ORGANIZATION.in(locale));
            }
        }
        Instant now = desk.clock.instant();
        try {
            new Referrals(request.entityManager()).assign(referral, userId, assignee.map(Person::displayName), now);
        } catch (ReferralStateException e) {
            throw refused(request, e);
        }
        assignee.filter(person -> !person.userId().equals(caller.userId()))
                .ifPresent(person -> desk.notices.assigned(request.entityManager(), found.inquiry(), person, now));
        Desk.flush(request);
        return view(request);
    }

    /** @return the people the caller may assign to the organization's referral; 403 for who may assign nobody */
    private RouteResponse assignable(RouteRequest request) {
        Case found = staffCase(request);
        Caller caller = request.caller();
        Referral referral = referral(found, request);
        if (!Assignees.mayAssignOthers(caller, referral.organizationId())
                && !caller.belongsTo(referral.organizationId())) {
            throw ProblemException.forbidden(DeskWording.NOT_YOUR_ORGANIZATION.in(caller.locale()));
        }
        List<Views.AssignableView> people = Assignees.assignable(caller, referral.organizationId(),
                desk.context.directory().people(referral.organizationId())).stream()
                .map(p -> new Views.AssignableView(p.userId(), p.username(), p.displayName(),
                        p.roles().stream().sorted().toList()))
                .toList();
        return RouteResponse.ok(people);
    }

    private RouteResponse view(RouteRequest request) {
        return RouteResponse.ok(desk.views.staff(Case.byReference(request), request.entityManager(),
                request.caller().locale()));
    }

    /** @return the case, if the caller works it; 404 for everybody else (the asker included) */
    private static Case staffCase(RouteRequest request) {
        Case found = Case.byReference(request);
        if (!found.standing().staff()) {
            throw ProblemException.notFound("inquiry");
        }
        return found;
    }

    /** @return the referral named by {org}; 404 if the inquiry has none there */
    private static Referral referral(Case found, RouteRequest request) {
        String organization = request.pathParam("org");
        return found.referrals().stream().filter(r -> r.organizationId().equals(organization)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("referral"));
    }

    /** @return the referral named by {org}, if it is the caller's organization's; 403 otherwise */
    private static Referral own(Case found, RouteRequest request) {
        Referral referral = referral(found, request);
        if (!request.caller().belongsTo(referral.organizationId())) {
            throw ProblemException.forbidden(DeskWording.NOT_YOUR_ORGANIZATION.in(request.caller().locale()));
        }
        return referral;
    }

    /** @return the organizations, each an active one of the network, none twice; 422 naming each at fault */
    private List<String> organizations(List<String> ids, Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String field = "organizations[" + i + "]";
            if (id == null || desk.context.directory().find(id).filter(OrganizationSummary::active).isEmpty()) {
                errors.add(field, DeskWording.UNKNOWN_ORGANIZATION);
            } else if (!seen.add(id)) {
                errors.add(field, DeskWording.DUPLICATE);
            }
        }
        errors.throwIfAny();
        return List.copyOf(ids);
    }

    private static ProblemException refused(RouteRequest request, ReferralStateException e) {
        Locale locale = request.caller().locale();
        return Desk.conflict(DeskWording.REFERRAL_STATE.in(locale, e.status().label(locale)));
    }
}
