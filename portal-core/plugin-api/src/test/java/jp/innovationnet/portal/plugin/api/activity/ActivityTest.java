package jp.innovationnet.portal.plugin.api.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActivityTest {

    private static final Instant MAY = Instant.parse("2026-05-11T01:00:00Z");

    @Test
    void everyKindIsLabelledInBothLanguages() {
        for (ActivityKind kind : ActivityKind.values()) {
            assertThat(kind.labelJa()).isNotBlank().isNotEqualTo(kind.labelEn());
            assertThat(kind.labelEn()).isNotBlank();
        }
        assertThat(ActivityKind.INQUIRY_ANSWERED.code()).isEqualTo("inquiry-answered");
    }

    @Test
    void aPersonsReportsAreCountedByKindServiceAndRegionLargestFirst() {
        List<ActivityCount> counts = ActivityCount.of(List.of(
                answered("1", Region.CHUBU, SupportService.IP_LICENSING),
                answered("2", Region.CHUBU, SupportService.IP_LICENSING),
                answered("3", Region.KANTO, SupportService.IP_LICENSING, SupportService.FINANCING),
                ActivityReport.untitled("4", "p", ActivityKind.TRAINING_ATTENDED, MAY, Optional.empty(), Set.of(),
                        Set.of())));

        assertThat(counts).containsExactly(
                new ActivityCount(ActivityKind.INQUIRY_ANSWERED, Optional.of(SupportService.IP_LICENSING),
                        Optional.of(Region.CHUBU), 2),
                new ActivityCount(ActivityKind.INQUIRY_ANSWERED, Optional.of(SupportService.IP_LICENSING),
                        Optional.of(Region.KANTO), 1),
                new ActivityCount(ActivityKind.INQUIRY_ANSWERED, Optional.of(SupportService.FINANCING),
                        Optional.of(Region.KANTO), 1),
                new ActivityCount(ActivityKind.TRAINING_ATTENDED, Optional.empty(), Optional.empty(), 1));
    }

    @Test
    void aMatchNeedsTheRegionAndOneOfTheFieldsAndOneOfTheServicesItNames() {
        ActivityReport report = new ActivityReport("k", "p", ActivityKind.CASE_PUBLISHED, MAY,
                Optional.of(Region.CHUBU), Set.of(ActivityField.MANUFACTURING), Set.of(SupportService.SME_SUPPORT),
                "", "", Optional.empty());

        assertThat(new ActivityMatch(Optional.empty(), Set.of(), Set.of()).test(report)).isTrue();
        assertThat(new ActivityMatch(Optional.of(Region.CHUBU), Set.of(ActivityField.MANUFACTURING, ActivityField.IT),
                Set.of()).test(report)).isTrue();
        assertThat(new ActivityMatch(Optional.of(Region.KANTO), Set.of(), Set.of()).test(report)).isFalse();
        assertThat(new ActivityMatch(Optional.empty(), Set.of(ActivityField.IT), Set.of()).test(report)).isFalse();
        assertThat(new ActivityMatch(Optional.empty(), Set.of(), Set.of(SupportService.FINANCING)).test(report))
                .isFalse();
    }

    @Test
    void aReportNeedsAKeyOfAtMost200CharactersAndAPathFromTheRoot() {
        assertThatThrownBy(() -> answered(" ", Region.CHUBU)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> answered("k".repeat(201), Region.CHUBU))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivityReport("k", "p", ActivityKind.EVENT_ORGANISED, MAY, Optional.empty(),
                Set.of(), Set.of(), "セミナー", "Seminar", Optional.of("p/events")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ActivityReport answered(String key, Region region, SupportService... services) {
        return ActivityReport.untitled(key, "p", ActivityKind.INQUIRY_ANSWERED, MAY, Optional.of(region), Set.of(),
                Set.of(services));
    }
}
