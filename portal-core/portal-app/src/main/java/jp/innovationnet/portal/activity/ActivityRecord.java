package jp.innovationnet.portal.activity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;

/** One plugin's report of what a person did, as {@code activity_report} keeps it. */
@Entity
@Table(name = "activity_report")
public class ActivityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id", nullable = false)
    private String pluginId;

    @Column(name = "report_key", nullable = false)
    private String key;

    @Column(name = "person_id", nullable = false)
    private String personId;

    @Column(nullable = false)
    private String kind;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column
    private String region;

    @Column(nullable = false)
    private String fields;

    @Column(nullable = false)
    private String services;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column
    private String path;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    protected ActivityRecord() {
    }

    /**
     * @param pluginId   the reporting plugin
     * @param report     its report
     * @param reportedAt when it reported it
     */
    ActivityRecord(String pluginId, ActivityReport report, Instant reportedAt) {
        this.pluginId = pluginId;
        this.key = report.key();
        this.personId = report.personId();
        this.kind = report.kind().code();
        this.occurredAt = report.occurredAt().atOffset(ZoneOffset.UTC);
        this.region = report.region().map(Region::code).orElse(null);
        this.fields = codes(report.fields());
        this.services = codes(report.services());
        this.titleJa = report.titleJa();
        this.titleEn = report.titleEn();
        this.path = report.path().orElse(null);
        this.reportedAt = reportedAt.atOffset(ZoneOffset.UTC);
    }

    /**
     * @param codes closed-list values
     * @return their codes between commas, as the columns keep them: {@code ",it,manufacturing,"}
     */
    static String codes(Collection<? extends Coded> codes) {
        return codes.stream().map(Coded::code).sorted().collect(Collectors.joining(",", ",", ","));
    }

    /** @return the report as the contract gives it */
    Activity activity() {
        return new Activity(pluginId, new ActivityReport(key, personId, byCode(ActivityKind.values(), kind),
                occurredAt.toInstant(),
                Optional.ofNullable(region).flatMap(code -> Coded.byCode(Region.values(), code)),
                parse(fields, ActivityField.values()), parse(services, SupportService.values()), titleJa, titleEn,
                Optional.ofNullable(path)));
    }

    /**
     * @param column a fields or services column
     * @param values the list's values
     * @param <E>    the list
     * @return the values in the column; codes the list no longer has are left out
     */
    static <E extends Enum<E> & Coded> Set<E> parse(String column, E[] values) {
        return Arrays.stream(column.split(",")).filter(code -> !code.isEmpty())
                .map(code -> Coded.byCode(values, code)).flatMap(Optional::stream).collect(Collectors.toSet());
    }

    private static <E extends Enum<E> & Coded> E byCode(E[] values, String code) {
        return Coded.byCode(values, code).orElseThrow(() -> new IllegalStateException("unknown code " + code));
    }
}
