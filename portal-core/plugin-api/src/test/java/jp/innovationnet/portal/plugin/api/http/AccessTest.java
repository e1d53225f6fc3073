package jp.innovationnet.portal.plugin.api.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTest {

    private static final Caller ANONYMOUS = Caller.anonymous(Locale.JAPANESE);
    private static final Caller STAFF = new Caller("u1", "tama.staff", "多摩 次郎", Optional.empty(),
            Set.of("member-staff"), Optional.of("tama"), Locale.JAPANESE);

    @Test
    void publicRoutesAdmitEveryone() {
        assertThat(Access.PUBLIC.permits(ANONYMOUS)).isTrue();
        assertThat(Access.PUBLIC.permits(STAFF)).isTrue();
    }

    @Test
    void protectedRoutesNeedALoginAndOneOfTheirRoles() {
        assertThat(Access.AUTHENTICATED.permits(ANONYMOUS)).isFalse();
        assertThat(Access.AUTHENTICATED.permits(STAFF)).isTrue();
        assertThat(Access.anyRole("secretariat").permits(STAFF)).isFalse();
        assertThat(Access.anyRole("secretariat", "member-staff").permits(STAFF)).isTrue();
        assertThat(Access.anyRole("member-staff").permits(ANONYMOUS)).isFalse();
    }

    @Test
    void rejectsContradictions() {
        assertThatThrownBy(Access::anyRole).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Access(true, Set.of("secretariat"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCallerBelongsToItsOwnOrganizationOnly() {
        assertThat(STAFF.belongsTo("tama")).isTrue();
        assertThat(STAFF.belongsTo("hamamatsu-technopolis")).isFalse();
        assertThat(ANONYMOUS.belongsTo("tama")).isFalse();
    }
}
