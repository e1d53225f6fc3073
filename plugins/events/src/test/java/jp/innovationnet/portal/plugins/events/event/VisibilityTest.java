package jp.innovationnet.portal.plugins.events.event;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static jp.innovationnet.portal.plugins.events.event.Events.audience;
import static jp.innovationnet.portal.plugins.events.event.Events.draft;
import static jp.innovationnet.portal.plugins.events.event.Events.viewer;
import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTest {

    private static final Viewer PUBLIC = Viewer.anonymous();
    private static final Viewer SECRETARIAT = viewer("jilc", "Kanto", "secretariat");
    private static final Viewer TAMA_STAFF = viewer("tama", "Kanto", "member-staff");
    private static final Viewer HAMAMATSU_STAFF = viewer("hamamatsu", "Chubu", "member-staff");
    private static final Viewer HAMAMATSU_COORDINATOR = viewer("hamamatsu", "Chubu", "coordinator", "member-staff");
    private static final Viewer AGENCY = viewer("jst", "Kanto", "steering-agency");
    private static final Viewer OVERSEAS = new Viewer("u-o", Set.of("overseas-partner"), Optional.empty(),
            Optional.empty());

    @Test
    void aDraftIsSeenByItsOrganisersAndTheSecretariatOnly() {
        Event event = draft("tama", audience(AudienceKind.PUBLIC));
        assertThat(event.visibleTo(TAMA_STAFF)).isTrue();
        assertThat(event.visibleTo(viewer("tama", "Kanto", "member-admin"))).isTrue();
        assertThat(event.visibleTo(SECRETARIAT)).isTrue();
        assertThat(event.visibleTo(HAMAMATSU_STAFF)).isFalse();
        assertThat(event.visibleTo(AGENCY)).isFalse();
        assertThat(event.visibleTo(OVERSEAS)).isFalse();
        assertThat(event.visibleTo(PUBLIC)).isFalse();
        assertThat(event.visibleTo(viewer("tama", "Kanto", "coordinator")))
                .as("a coordinator of the organization does not organise its events").isFalse();
    }

    @Test
    void aMemberOnlyEventIsHiddenFromThePublicAndOverseasPartners() {
        Event event = published("hamamatsu", audience(AudienceKind.ALL_MEMBERS));
        assertThat(event.visibleTo(PUBLIC)).isFalse();
        assertThat(event.visibleTo(OVERSEAS)).isFalse();
        assertThat(event.visibleTo(TAMA_STAFF)).isTrue();
        assertThat(event.visibleTo(AGENCY)).isTrue();
        assertThat(event.visibleTo(SECRETARIAT)).isTrue();
    }

    @Test
    void aPublicEventIsSeenByEverybody() {
        Event event = published("tama", audience(AudienceKind.PUBLIC));
        assertThat(event.visibleTo(PUBLIC)).isTrue();
        assertThat(event.visibleTo(OVERSEAS)).isTrue();
        assertThat(event.visibleTo(HAMAMATSU_STAFF)).isTrue();
    }

    @Test
    void regionsOrganizationsCoordinatorsAndPartnersSeeWhatIsMeantForThem() {
        Event chubu = published("jilc", new Audience(AudienceKind.REGIONS, Set.of("Chubu"), Set.of()));
        assertThat(chubu.visibleTo(HAMAMATSU_STAFF)).isTrue();
        assertThat(chubu.visibleTo(TAMA_STAFF)).isFalse();
        assertThat(chubu.visibleTo(viewer("unknown", null, "member-staff"))).isFalse();

        Event forTama = published("jilc", new Audience(AudienceKind.ORGANIZATIONS, Set.of(), Set.of("tama")));
        assertThat(forTama.visibleTo(TAMA_STAFF)).isTrue();
        assertThat(forTama.visibleTo(HAMAMATSU_STAFF)).isFalse();

        Event training = published("jilc", audience(AudienceKind.COORDINATORS));
        assertThat(training.visibleTo(HAMAMATSU_COORDINATOR)).isTrue();
        assertThat(training.visibleTo(HAMAMATSU_STAFF)).isFalse();
        assertThat(training.visibleTo(SECRETARIAT)).isTrue();

        Event liaison = published("jilc", audience(AudienceKind.OVERSEAS_PARTNERS));
        assertThat(liaison.visibleTo(OVERSEAS)).isTrue();
        assertThat(liaison.visibleTo(TAMA_STAFF)).isFalse();
        assertThat(liaison.visibleTo(PUBLIC)).isFalse();
    }

    @Test
    void organisersAreTheSecretariatAndTheOrganizationsAdministratorsAndStaff() {
        assertThat(SECRETARIAT.mayOrganiseFor("tama")).isTrue();
        assertThat(TAMA_STAFF.mayOrganiseFor("tama")).isTrue();
        assertThat(TAMA_STAFF.mayOrganiseFor("hamamatsu")).isFalse();
        assertThat(AGENCY.mayOrganiseFor("jst")).isFalse();
        assertThat(PUBLIC.mayOrganiseFor("tama")).isFalse();
    }

    private static Event published(String organiser, Audience audience) {
        Event event = draft(organiser, audience);
        event.publish();
        return event;
    }
}
