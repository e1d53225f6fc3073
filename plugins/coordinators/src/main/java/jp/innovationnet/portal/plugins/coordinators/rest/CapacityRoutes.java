package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.capacity.Capacity;
import jp.innovationnet.portal.plugins.coordinators.capacity.Certificate;
import jp.innovationnet.portal.plugins.coordinators.capacity.CertificateKind;
import jp.innovationnet.portal.plugins.coordinators.capacity.Mentoring;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;

/**
 * Capacity building: a coordinator's trainings (from the activity log), certificates and mentoring pairs, which they,
 * the secretariat and the steering agencies read; coordinators record their certificates, the secretariat checks them
 * and forms and ends mentoring pairs, which either of the pair may end too. Nobody else learns that a certificate or
 * a pair exists (404).
 */
final class CapacityRoutes {

    /** The days of the network are Japan's. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** The most trainings a coordinator's page lists. */
    private static final int TRAININGS_MAX = 100;
    /** The most coordinators the secretariat chooses a pair from. */
    private static final int CANDIDATES_MAX = 5_000;
    private static final Access SECRETARIAT = Access.anyRole("secretariat");
    private static final Access OVERSEERS = Access.anyRole("secretariat", "steering-agency");
    private static final Access PAIRS = Access.anyRole("secretariat", "steering-agency", Viewer.COORDINATOR);

    private final PluginContext context;
    private final Clock clock;

    CapacityRoutes(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/capacity/me", ProfileRoutes.COORDINATORS, "The caller's trainings, certificates and mentoring",
                request -> RouteResponse.ok(view(request, request.caller().userId())));
        routes.get("/capacity/{userId}", OVERSEERS, "A coordinator's trainings, certificates and mentoring",
                request -> RouteResponse.ok(view(request, request.pathParam("userId"))));
        routes.post("/certificates", ProfileRoutes.COORDINATORS, "Record one of the caller's certificates",
                this::record);
        routes.delete("/certificates/{id}", Access.anyRole(Viewer.COORDINATOR, "secretariat"),
                "Remove a certificate (its holder or the secretariat)", this::remove);
        routes.post("/certificates/{id}/verify", SECRETARIAT, "Mark a certificate as checked (the secretariat)",
                this::verify);
        routes.get("/mentoring", PAIRS, "Mentoring pairs: the network's for the secretariat and steering agencies"
                + " (?running=true), a coordinator's own otherwise", this::pairs);
        routes.post("/mentoring", SECRETARIAT, "Form a mentoring pair (the secretariat)", this::form);
        routes.get("/mentoring/candidates", SECRETARIAT, "The coordinators with a profile, by name, to pair",
                this::candidates);
        routes.post("/mentoring/{id}/end", PAIRS, "End a mentoring pair (the secretariat or one of the pair)",
                this::end);
    }

    private CapacityView view(RouteRequest request, String userId) {
        EntityManager em = request.entityManager();
        var locale = request.caller().locale();
        return new CapacityView(userId,
                context.activities().of(userId, Set.of(ActivityKind.TRAINING_ATTENDED), TRAININGS_MAX).stream()
                        .map(a -> CapacityView.Training.of(a, locale)).toList(),
                Capacity.certificatesOf(em, userId).stream().map(c -> CapacityView.CertificateView.of(c, locale))
                        .toList(),
                Capacity.pairsOf(em, userId).stream().map(m -> CapacityView.PairView.of(m, locale)).toList());
    }

    private RouteResponse record(RouteRequest request) {
        Caller caller = request.caller();
        CertificateInput input = request.body(CertificateInput.class);
        Certificate certificate = new Certificate(caller.userId(),
                Coded.byCode(CertificateKind.values(), input.kind().strip()).orElseThrow(), input.title().strip(),
                input.issuer().strip(), input.issued(caller.locale(), today()), clock.instant());
        request.entityManager().persist(certificate);
        request.entityManager().flush();
        context.audit().record("certificate.recorded", "coordinator-certificate", String.valueOf(certificate.id()),
                Map.of("kind", certificate.kind().code()));
        return RouteResponse.created(URI.create("certificates/" + certificate.id()),
                CapacityView.CertificateView.of(certificate, caller.locale()));
    }

    private RouteResponse remove(RouteRequest request) {
        Certificate certificate = certificate(request);
        request.entityManager().remove(certificate);
        context.audit().record("certificate.removed", "coordinator-certificate", String.valueOf(certificate.id()),
                Map.of());
        return RouteResponse.noContent();
    }

    private RouteResponse verify(RouteRequest request) {
        Certificate certificate = certificate(request);
        certificate.verify(request.caller().userId(), clock.instant());
        context.audit().record("certificate.verified", "coordinator-certificate", String.valueOf(certificate.id()),
                Map.of());
        return RouteResponse.ok(CapacityView.CertificateView.of(certificate, request.caller().locale()));
    }

    /** @return the certificate named, if the caller holds it or is the secretariat; 404 otherwise */
    private static Certificate certificate(RouteRequest request) {
        Caller caller = request.caller();
        return Capacity.certificate(request.entityManager(), PathId.of(request, "id", "certificate"))
                .filter(c -> c.userId().equals(caller.userId()) || caller.hasRole("secretariat"))
                .orElseThrow(() -> ProblemException.notFound("certificate " + request.pathParam("id")));
    }

    private RouteResponse pairs(RouteRequest request) {
        Caller caller = request.caller();
        boolean network = caller.hasRole("secretariat") || caller.hasRole("steering-agency");
        List<Mentoring> pairs = network
                ? Capacity.pairs(request.entityManager(), request.queryParam("running").filter("true"::equals)
                        .isPresent())
                : Capacity.pairsOf(request.entityManager(), caller.userId());
        return RouteResponse.ok(pairs.stream().map(m -> CapacityView.PairView.of(m, caller.locale())).toList());
    }

    private RouteResponse candidates(RouteRequest request) {
        return RouteResponse.ok(request.entityManager()
                .createQuery("select p from Profile p order by p.displayName, p.userId", Profile.class)
                .setMaxResults(CANDIDATES_MAX).getResultList().stream()
                .map(p -> new CaseView.Person(p.userId(), p.displayName())).toList());
    }

    private RouteResponse form(RouteRequest request) {
        Caller caller = request.caller();
        MentoringInput input = request.body(MentoringInput.class);
        LocalDate start = input.start(caller.locale(), today());
        FieldErrors errors = FieldErrors.in(caller.locale());
        Person mentor = coordinator(input.mentorId().strip(), "mentorId", errors);
        Person mentee = coordinator(input.menteeId().strip(), "menteeId", errors);
        errors.throwIfAny();
        if (mentor.userId().equals(mentee.userId())) {
            throw FieldErrors.single(caller.locale(), "menteeId", CoordinatorsWording.SAME_PERSON);
        }
        EntityManager em = request.entityManager();
        if (Capacity.running(em, mentor.userId(), mentee.userId())) {
            throw FieldErrors.single(caller.locale(), "menteeId", CoordinatorsWording.PAIR_RUNNING);
        }
        Mentoring pair = new Mentoring(new Mentoring.Member(mentor.userId(), mentor.displayName()),
                new Mentoring.Member(mentee.userId(), mentee.displayName()), Texts.stripped(input.focus().ja()),
                Texts.stripped(input.focus().en()), start, caller.userId(), clock.instant());
        em.persist(pair);
        em.flush();
        context.audit().record("mentoring.formed", "coordinator-mentoring", String.valueOf(pair.id()),
                Map.of("mentor", mentor.userId(), "mentee", mentee.userId()));
        return RouteResponse.created(URI.create("mentoring/" + pair.id()),
                CapacityView.PairView.of(pair, caller.locale()));
    }

    private Person coordinator(String userId, String field, FieldErrors errors) {
        return context.directory().person(userId).filter(p -> p.hasRole(Viewer.COORDINATOR)).orElseGet(() -> {
            errors.add(field, CoordinatorsWording.NOT_A_COORDINATOR);
            return null;
        });
    }

    private RouteResponse end(RouteRequest request) {
        Caller caller = request.caller();
        Mentoring pair = Capacity.pair(request.entityManager(), PathId.of(request, "id", "mentoring pair"))
                .filter(m -> m.includes(caller.userId()) || caller.hasRole("secretariat"))
                .orElseThrow(() -> ProblemException.notFound("mentoring pair " + request.pathParam("id")));
        if (pair.end(today())) {
            context.audit().record("mentoring.ended", "coordinator-mentoring", String.valueOf(pair.id()), Map.of());
        }
        return RouteResponse.ok(CapacityView.PairView.of(pair, caller.locale()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(JAPAN));
    }
}
