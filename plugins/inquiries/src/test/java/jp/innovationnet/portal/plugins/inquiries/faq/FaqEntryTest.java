package jp.innovationnet.portal.plugins.inquiries.faq;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugin.api.kit.Coded;

class FaqEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final FaqText COMPLETE = new FaqText(Topic.POLICY, "補助金は？", "Subsidies?", "あります。",
            "There are some.");

    @Test
    void aDraftMayLackALanguageButIsPublishedOnlyWithBoth() {
        FaqEntry entry = FaqEntry.draft(new FaqText(Topic.POLICY, "補助金は？", " ", "あります。", null),
                Optional.empty(), "user-1", NOW);
        assertThat(entry.status()).isEqualTo(FaqStatus.DRAFT);
        FaqIncompleteException refused = catchThrowableOfType(FaqIncompleteException.class,
                () -> entry.publish(NOW));
        assertThat(refused.missing()).containsExactly("question.en", "answer.en");
        assertThat(entry.published()).isFalse();
        entry.revise(COMPLETE, NOW);
        entry.publish(NOW);
        assertThat(entry.published()).isTrue();
    }

    @Test
    void aPublishedEntryKeepsBothLanguagesUntilUnpublished() {
        FaqEntry entry = FaqEntry.draft(COMPLETE, Optional.of("Q26-7K3M-9PQX"), "user-1", NOW);
        entry.publish(NOW);
        FaqText english = new FaqText(Topic.POLICY, null, "Subsidies?", null, "There are some.");
        assertThatThrownBy(() -> entry.revise(english, NOW)).isInstanceOf(FaqIncompleteException.class);
        assertThat(entry.text()).isEqualTo(COMPLETE);
        entry.unpublish(NOW);
        entry.revise(english, NOW);
        assertThat(entry.text().questionJa()).isNull();
    }

    @Test
    void everyTopicAndStatusHasALabelInBothLanguages() {
        for (Topic topic : Topic.values()) {
            assertThat(topic.label(Locale.JAPANESE)).isNotBlank().isNotEqualTo(topic.label(Locale.ENGLISH));
            assertThat(Coded.byCode(Topic.values(), topic.code())).hasValue(topic);
        }
        for (FaqStatus status : FaqStatus.values()) {
            assertThat(status.label(Locale.JAPANESE)).isNotBlank().isNotEqualTo(status.label(Locale.ENGLISH));
        }
        assertThat(Topic.RD_FUNDING.code()).isEqualTo("rd-funding");
        assertThat(Topic.RD_FUNDING.label(Locale.ENGLISH)).isEqualTo("R&D funding");
    }
}
