package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InquiryLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    @Test
    void newRoutedInProgressAnsweredClosed() {
        Inquiry inquiry = inquiry();
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.NEW);
        inquiry.routed(T0.plusSeconds(1));
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.ROUTED);
        inquiry.accepted(T0.plusSeconds(2));
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.IN_PROGRESS);
        inquiry.replied(T0.plusSeconds(3));
        inquiry.replied(T0.plusSeconds(4));
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.ANSWERED);
        assertThat(inquiry.firstResponseAt()).as("the first reply counts").contains(T0.plusSeconds(3));
        inquiry.accepted(T0.plusSeconds(5));
        assertThat(inquiry.status()).as("a late acceptance does not undo the answer").isEqualTo(InquiryStatus.ANSWERED);
        inquiry.close(T0.plusSeconds(6));
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.CLOSED);
        assertThat(inquiry.closedAt()).contains(T0.plusSeconds(6));
        assertThatThrownBy(() -> inquiry.close(T0)).isInstanceOf(InquiryStateException.class);
    }

    @Test
    void theAskerWritingReopensAnAnsweredOrClosedInquiryOnly() {
        Inquiry inquiry = inquiry();
        assertThat(inquiry.askerWrote(InquiryStatus.IN_PROGRESS, T0)).isFalse();
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.NEW);
        inquiry.replied(T0);
        assertThat(inquiry.askerWrote(InquiryStatus.IN_PROGRESS, T0.plusSeconds(1))).isTrue();
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.IN_PROGRESS);
        inquiry.close(T0.plusSeconds(2));
        assertThat(inquiry.askerWrote(InquiryStatus.NEW, T0.plusSeconds(3))).isTrue();
        assertThat(inquiry.status()).as("nobody holds it: back to the secretariat").isEqualTo(InquiryStatus.NEW);
        assertThat(inquiry.closedAt()).isEmpty();
        assertThatThrownBy(() -> inquiry.reopen(InquiryStatus.NEW, T0)).isInstanceOf(InquiryStateException.class);
    }

    @Test
    void settlingMovesAnOpenCaseOnlyAndDueDatesAreKept() {
        Inquiry inquiry = inquiry();
        inquiry.routed(T0);
        inquiry.settle(InquiryStatus.NEW, T0.plusSeconds(1));
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.NEW);
        inquiry.replied(T0.plusSeconds(2));
        inquiry.settle(InquiryStatus.NEW, T0.plusSeconds(3));
        assertThat(inquiry.status()).isEqualTo(InquiryStatus.ANSWERED);
        inquiry.due(T0.plusSeconds(86_400), T0.plusSeconds(864_000));
        assertThat(inquiry.firstResponseDue()).contains(T0.plusSeconds(86_400));
        assertThat(inquiry.resolutionDue()).contains(T0.plusSeconds(864_000));
    }

    private static Inquiry inquiry() {
        return new Inquiry("Q26-7K3M-9PQX", Topic.POLICY, Region.OKINAWA, Language.JA, "件名",
                new Asker(Optional.empty(), "名前", "a@example.jp", Optional.empty()), "0".repeat(64), T0);
    }
}
