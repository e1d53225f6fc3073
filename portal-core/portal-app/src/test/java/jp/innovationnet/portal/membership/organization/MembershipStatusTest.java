package jp.innovationnet.portal.membership.organization;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MembershipStatusTest {

    @Test
    void theLifecycleGoesFromApplicationThroughReviewToMembershipAndWithdrawal() {
        assertThat(MembershipStatus.APPLIED.next()).containsExactlyInAnyOrder(MembershipStatus.UNDER_REVIEW,
                MembershipStatus.REJECTED);
        assertThat(MembershipStatus.UNDER_REVIEW.next()).containsExactlyInAnyOrder(
                MembershipStatus.INFORMATION_REQUESTED, MembershipStatus.ACTIVE, MembershipStatus.REJECTED);
        assertThat(MembershipStatus.INFORMATION_REQUESTED.next()).containsExactlyInAnyOrder(
                MembershipStatus.UNDER_REVIEW, MembershipStatus.REJECTED);
        assertThat(MembershipStatus.ACTIVE.next()).containsExactlyInAnyOrder(MembershipStatus.SUSPENDED,
                MembershipStatus.WITHDRAWN);
        assertThat(MembershipStatus.SUSPENDED.next()).containsExactlyInAnyOrder(MembershipStatus.ACTIVE,
                MembershipStatus.WITHDRAWN);
        assertThat(MembershipStatus.WITHDRAWN.next()).isEmpty();
        assertThat(MembershipStatus.REJECTED.next()).isEmpty();
    }

    @Test
    void onlyActiveMembersHaveAccessAndOnlyUndecidedApplicationsArePending() {
        assertThat(EnumSet.allOf(MembershipStatus.class).stream().filter(MembershipStatus::grantsAccess))
                .containsExactly(MembershipStatus.ACTIVE);
        assertThat(EnumSet.allOf(MembershipStatus.class).stream().filter(MembershipStatus::isPending))
                .containsExactly(MembershipStatus.APPLIED, MembershipStatus.UNDER_REVIEW,
                        MembershipStatus.INFORMATION_REQUESTED);
    }

    @Test
    void anOrganizationTellsOfAdmissionSuspensionReinstatementAndWithdrawal() {
        Organization organization = new Organization("kobe", OrganizationKind.MEMBER,
                OrganizationProfile.of("神戸医療産業都市推進機構", "Kobe", null, Prefecture.HYOGO, null),
                MembershipStatus.APPLIED);
        assertThat(organization.changeStatus(MembershipStatus.UNDER_REVIEW)).isEmpty();
        assertThat(organization.changeStatus(MembershipStatus.ACTIVE)).hasValue(MembershipEvent.Kind.ADMITTED);
        assertThat(organization.changeStatus(MembershipStatus.SUSPENDED))
                .hasValue(MembershipEvent.Kind.SUSPENDED);
        assertThat(organization.changeStatus(MembershipStatus.ACTIVE))
                .hasValue(MembershipEvent.Kind.REINSTATED);
        assertThat(organization.changeStatus(MembershipStatus.WITHDRAWN))
                .hasValue(MembershipEvent.Kind.WITHDRAWN);
        for (MembershipStatus next : List.of(MembershipStatus.ACTIVE, MembershipStatus.APPLIED)) {
            assertThatIllegalStateException().isThrownBy(() -> organization.changeStatus(next))
                    .withMessageContaining("withdrawn cannot become");
        }
    }
}
