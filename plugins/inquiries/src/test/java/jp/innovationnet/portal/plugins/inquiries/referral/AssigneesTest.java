package jp.innovationnet.portal.plugins.inquiries.referral;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat and an organization's member-admin assign any of its staff; its other people only themselves;
 * nobody assigns a person without a staff-side role or another organization's referral to themself.
 */
class AssigneesTest {

    private static final Person ADMIN = person("u-admin", "member-admin", "member-staff");
    private static final Person STAFF = person("u-staff", "member-staff");
    private static final Person PARTNER = person("u-partner", "overseas-partner");
    private static final List<Person> TAMA = List.of(ADMIN, STAFF, PARTNER);

    @Test
    void theSecretariatAndTheMemberAdminAssignAnyOfTheOrganizationsStaff() {
        Caller secretariat = caller("u-sec", "jilc", "secretariat");
        Caller admin = caller("u-admin", "tama", "member-admin", "member-staff");
        assertThat(Assignees.assignable(secretariat, "tama", TAMA)).containsExactly(ADMIN, STAFF);
        assertThat(Assignees.assignable(admin, "tama", TAMA)).containsExactly(ADMIN, STAFF);
        assertThat(Assignees.find(admin, "tama", TAMA, "u-staff")).contains(STAFF);
        assertThat(Assignees.find(admin, "tama", TAMA, "u-partner")).as("no staff-side role").isEmpty();
        assertThat(Assignees.find(admin, "tama", TAMA, "u-elsewhere")).isEmpty();
    }

    @Test
    void everybodyElseAssignsOnlyThemselfAndOnlyInTheirOwnOrganization() {
        Caller staff = caller("u-staff", "tama", "member-staff");
        assertThat(Assignees.mayAssignOthers(staff, "tama")).isFalse();
        assertThat(Assignees.assignable(staff, "tama", TAMA)).containsExactly(STAFF);
        assertThat(Assignees.find(staff, "tama", TAMA, "u-admin")).isEmpty();
        Caller otherAdmin = caller("u-admin", "hamamatsu", "member-admin");
        assertThat(Assignees.mayAssignOthers(otherAdmin, "tama")).isFalse();
        assertThat(Assignees.assignable(otherAdmin, "tama", TAMA)).as("same id, another organization").isEmpty();
    }

    private static Person person(String userId, String... roles) {
        return new Person(userId, userId, userId, userId + "@tama.example", Locale.JAPANESE, Set.of(roles));
    }

    private static Caller caller(String userId, String organization, String... roles) {
        return new Caller(userId, userId, userId, Optional.empty(), Set.of(roles), Optional.of(organization),
                Locale.ENGLISH);
    }
}
