package jp.innovationnet.portal.plugins.inquiries.activity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.activity.ActivityCount;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugin.testkit.TestActivityLog;
import jp.innovationnet.portal.plugin.testkit.TestPluginContext;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

import static org.assertj.core.api.Assertions.assertThat;

class InquiryActivityTest {

    private static final Instant T0 = Instant.parse("2026-06-01T01:00:00Z");

    private final TestActivityLog log = new TestPluginContext("inquiries").activities();
    private final InquiryActivity activity = new InquiryActivity(log);

    @Test
    void aReplyCountsOnceForItsAuthorWithTheRegionAndTheTopicsServiceButNothingOfTheAsker() {
        Inquiry licensing = inquiry("Q26-AAAA-0001", Topic.IP_LICENSING, Region.CHUBU);
        activity.answered(licensing, "coordinator-1", T0);
        activity.answered(licensing, "coordinator-1", T0.plusSeconds(3600));
        activity.answered(inquiry("Q26-AAAA-0002", Topic.IP_LICENSING, Region.CHUBU), "coordinator-1", T0);
        activity.answered(inquiry("Q26-AAAA-0003", Topic.POLICY, Region.KANTO), "coordinator-1", T0);

        assertThat(log.summaries(Set.of("coordinator-1")).get("coordinator-1")).containsExactly(
                new ActivityCount(ActivityKind.INQUIRY_ANSWERED, Optional.of(SupportService.IP_LICENSING),
                        Optional.of(Region.CHUBU), 2),
                new ActivityCount(ActivityKind.INQUIRY_ANSWERED, Optional.empty(), Optional.of(Region.KANTO), 1));
        assertThat(log.all()).allSatisfy(a -> {
            assertThat(a.report().titleJa()).isEmpty();
            assertThat(a.report().path()).isEmpty();
            assertThat(a.report().key()).doesNotContain("asker@example.jp");
        });
    }

    private static Inquiry inquiry(String reference, Topic topic, Region region) {
        return new Inquiry(reference, topic, region, Language.JA, "特許の実施許諾について",
                new Asker(Optional.empty(), "山田 太郎", "asker@example.jp", Optional.empty()), reference + "0".repeat(51),
                T0);
    }
}
