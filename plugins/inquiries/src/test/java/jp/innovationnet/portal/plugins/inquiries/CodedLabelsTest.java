package jp.innovationnet.portal.plugins.inquiries;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.referral.ReferralStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CodedLabelsTest {

    @Test
    void codesAreThePlansVocabulary() {
        assertThat(Topic.values()).extracting(Topic::code).containsExactly("technology", "rd-funding", "startup",
                "overseas", "ip-licensing", "partner-search", "policy", "other");
        assertThat(InquiryStatus.IN_PROGRESS.code()).isEqualTo("in-progress");
        assertThat(ReferralStatus.HANDED_BACK.code()).isEqualTo("handed-back");
        assertThat(Region.KINKI.code()).isEqualTo("Kinki");
        assertThat(Topic.IP_LICENSING.labelJa()).isEqualTo("知的財産・ライセンス");
    }
}
