package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;

/**
 * Profiles: a coordinator writes their own, the secretariat anyone's who holds the coordinator role; everybody reads
 * what each part's audience allows them; an organization's profile page lists its coordinators.
 */
final class ProfileRoutes {

    /** Who writes profiles and cases: the coordinators. */
    static final Access COORDINATORS = Access.anyRole(Viewer.COORDINATOR);
    private static final Access SECRETARIAT = Access.anyRole("secretariat");

    private final PluginContext context;
    private final Profiles profiles;
    private final Clock clock;

    ProfileRoutes(PluginContext context, Profiles profiles, Clock clock) {
        this.context = context;
        this.profiles = profiles;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/profiles/me", COORDINATORS, "The caller's own profile (404 before they write one)", this::mine);
        routes.put("/profiles/me", COORDINATORS, "Write the caller's own profile", this::writeMine);
        routes.get("/profiles/{userId}", Access.PUBLIC, "A coordinator's profile, as far as the caller may read it",
                this::read);
        routes.put("/profiles/{userId}", SECRETARIAT, "Write a coordinator's profile (the secretariat)",
                this::writeAny);
        routes.get("/organizations/{id}/coordinators", Access.PUBLIC,
                "The coordinators of an organization whose profile the caller may read", this::ofOrganization);
        routes.get("/reviewers", COORDINATORS, "The coordinators who may review the caller's cases", this::reviewers);
    }

    private RouteResponse mine(RouteRequest request) {
        Caller caller = request.caller();
        Profile profile = profiles.find(request.entityManager(), caller.userId())
                .orElseThrow(() -> ProblemException.notFound("profile of " + caller.username()));
        return RouteResponse.ok(view(profile, Viewer.of(caller)));
    }

    private RouteResponse writeMine(RouteRequest request) {
        Caller caller = request.caller();
        return write(request, caller.userId(), caller.displayName());
    }

    private RouteResponse writeAny(RouteRequest request) {
        String userId = request.pathParam("userId");
        Person person = context.directory().person(userId).filter(p -> p.hasRole(Viewer.COORDINATOR))
                .orElseThrow(() -> ProblemException.notFound("coordinator " + userId));
        return write(request, userId, person.displayName());
    }

    private RouteResponse write(RouteRequest request, String userId, String name) {
        Caller caller = request.caller();
        var content = request.body(ProfileInput.class).content(caller.locale());
        Profile profile = profiles.save(request.entityManager(), userId, name, content, caller.userId(),
                clock.instant());
        context.audit().record("profile.written", "coordinator-profile", userId, Map.of("by", caller.userId()));
        return RouteResponse.ok(view(profile, Viewer.of(caller)));
    }

    private RouteResponse read(RouteRequest request) {
        Viewer viewer = Viewer.of(request.caller());
        String userId = request.pathParam("userId");
        ProfileView view = profiles.find(request.entityManager(), userId)
                .map(profile -> view(profile, viewer))
                .filter(ProfileRoutes::readable)
                .orElseThrow(() -> ProblemException.notFound("profile " + userId));
        return RouteResponse.ok(view);
    }

    /** The people of the organization with the coordinator role whose profile the caller may read, by name. */
    private RouteResponse ofOrganization(RouteRequest request) {
        Viewer viewer = Viewer.of(request.caller());
        List<String> coordinators = context.directory().people(request.pathParam("id")).stream()
                .filter(p -> p.hasRole(Viewer.COORDINATOR)).map(Person::userId).toList();
        Map<String, TrackRecord> tracks = TrackRecord.of(context.activities(), coordinators, viewer.locale());
        List<ExpertView> listed = profiles.findAll(request.entityManager(), coordinators).stream()
                .map(profile -> ProfileView.of(profile, viewer, context.markdown(), tracks.get(profile.userId())))
                .filter(ProfileRoutes::readable)
                .sorted(Comparator.comparing(ProfileView::name))
                .map(ExpertView::listed).toList();
        return RouteResponse.ok(listed);
    }

    private RouteResponse reviewers(RouteRequest request) {
        String me = request.caller().userId();
        return RouteResponse.ok(request.entityManager()
                .createQuery("select p from Profile p where p.userId <> :me order by p.displayName", Profile.class)
                .setParameter("me", me).setMaxResults(500).getResultList().stream()
                .map(p -> new CaseView.Person(p.userId(), p.displayName())).toList());
    }

    /** @return the profile as the viewer may read it, with the coordinator's expertise from activity */
    private ProfileView view(Profile profile, Viewer viewer) {
        return ProfileView.of(profile, viewer, context.markdown(),
                TrackRecord.of(context.activities(), List.of(profile.userId()), viewer.locale()).get(profile.userId()));
    }

    /** A profile of which the reader may read no part does not exist for them. */
    private static boolean readable(ProfileView view) {
        return view.editable() || view.expertise() != null || view.background() != null
                || view.programmes() != null || view.availability() != null;
    }
}
