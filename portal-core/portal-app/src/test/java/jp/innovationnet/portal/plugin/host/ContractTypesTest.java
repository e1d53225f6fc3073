package jp.innovationnet.portal.plugin.host;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.membership.organization.MembershipEvent;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.http.Caller;

import static org.assertj.core.api.Assertions.assertThat;

class ContractTypesTest {

    @Test
    void aCallerReachesPluginsAsItIs() {
        PortalCaller caller = new PortalCaller("u1", "tama.staff", "多摩 次郎", Optional.of("staff@tama.example.jp"),
                Set.of("member-staff"), Optional.of("tama"), Locale.JAPANESE);
        assertThat(ContractTypes.caller(caller)).isEqualTo(new Caller("u1", "tama.staff", "多摩 次郎",
                Optional.of("staff@tama.example.jp"), Set.of("member-staff"), Optional.of("tama"), Locale.JAPANESE));
        assertThat(ContractTypes.caller(PortalCaller.anonymous(Locale.ENGLISH)).authenticated()).isFalse();
    }

    @Test
    void everyChangeOfMembershipHasItsCoreEvent() {
        Instant now = Instant.now();
        assertThat(Arrays.stream(MembershipEvent.Kind.values())
                .map(kind -> ContractTypes.event(new MembershipEvent(kind, "kobe", now)).type()))
                .containsExactly(CoreEvent.Type.ORGANIZATION_ADMITTED, CoreEvent.Type.ORGANIZATION_SUSPENDED,
                        CoreEvent.Type.ORGANIZATION_REINSTATED, CoreEvent.Type.ORGANIZATION_WITHDRAWN);
        assertThat(ContractTypes.event(new MembershipEvent(MembershipEvent.Kind.WITHDRAWN, "kobe", now)))
                .isEqualTo(new CoreEvent(CoreEvent.Type.ORGANIZATION_WITHDRAWN, "kobe", now));
    }
}
