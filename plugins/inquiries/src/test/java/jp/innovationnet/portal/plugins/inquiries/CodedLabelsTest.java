package jp.innovationnet.portal.plugins.inquiries;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Language;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.message.MessageKind;
import jp.innovationnet.portal.plugins.inquiries.referral.ReferralStatus;
import jp.innovationnet.portal.plugins.inquiries.statistics.Dimension;
import jp.innovationnet.portal.plugins.inquiries.statistics.Measure;

import static org.assertj.core.api.Assertions.assertThat;

class CodedLabelsTest {

    private static final List<Class<? extends Coded>> LISTS = List.of(Topic.class, Region.class, Language.class,
            InquiryStatus.class, ReferralStatus.class, MessageKind.class, Dimension.class, Measure.class);

    @Test
    void everyValueHasALabelInBothLanguagesAndTheJapaneseOneIsJapanese() {
        for (Class<? extends Coded> list : LISTS) {
            for (Coded value : list.getEnumConstants()) {
                assertThat(value.labelEn()).as(list.getSimpleName() + "." + value.code()).isNotBlank()
                        .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
                assertThat(value.labelJa()).as(list.getSimpleName() + "." + value.code())
                        .containsPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]");
            }
        }
    }

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
