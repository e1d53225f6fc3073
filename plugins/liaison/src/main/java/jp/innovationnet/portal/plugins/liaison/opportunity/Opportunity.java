package jp.innovationnet.portal.plugins.liaison.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugins.liaison.reader.Visibility;

/**
 * A partnership opportunity, published anonymously through its intermediary (the organization that drafted it), in
 * the table {@code V1__create_liaison.sql} makes. Its status changes only through {@link Opportunities}. It is expired
 * by an SQL update
 * ({@link Opportunities#expire}), so it is kept out of the shared cache, as on every server of a cluster.
 */
@Cacheable(false)
@Entity
@Table(name = "liaison_opportunity")
public class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private String organizationId;
    @Column(name = "author_id")
    private String authorId;
    private String kind;
    @Column(name = "call_name")
    private String callName;
    @Column(name = "company_name")
    private String companyName;
    @Column(name = "company_contact")
    private String companyContact;
    private String language;
    @Column(name = "summary_ja")
    private String summaryJa;
    @Column(name = "summary_en")
    private String summaryEn;
    @Column(name = "description_ja")
    private String descriptionJa;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "innovation_ja")
    private String innovationJa;
    @Column(name = "innovation_en")
    private String innovationEn;
    private String stage;
    private String ipr;
    @Column(name = "partner_type")
    private String partnerType;
    @Column(name = "partner_role")
    private String partnerRole;
    private String fields;
    private String countries;
    private String keywords;
    private LocalDate deadline;
    private LocalDate expires;
    @Column(name = "reach_summary")
    private int reachSummary;
    @Column(name = "reach_description")
    private int reachDescription;
    @Column(name = "reach_innovation")
    private int reachInnovation;
    @Column(name = "reach_stage")
    private int reachStage;
    @Column(name = "reach_ipr")
    private int reachIpr;
    @Column(name = "reach_partner")
    private int reachPartner;
    @Column(name = "reach_keywords")
    private int reachKeywords;
    @Column(name = "reach_deadline")
    private int reachDeadline;
    private String status;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "renewed_at")
    private OffsetDateTime renewedAt;
    @Version
    private int version;

    protected Opportunity() {
    }

    /**
     * A draft.
     *
     * @param organizationId the intermediary
     * @param authorId       who drafts it
     * @param content        what it says
     * @param now            when
     */
    public Opportunity(String organizationId, String authorId, OpportunityContent content, Instant now) {
        this.organizationId = organizationId;
        this.authorId = authorId;
        this.status = OpportunityStatus.DRAFT.code();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        write(content);
    }

    /** @param content what it says from now on */
    void write(OpportunityContent content) {
        kind = content.kind().code();
        callName = content.callName();
        companyName = content.companyName();
        companyContact = content.companyContact();
        language = content.language().code();
        summaryJa = content.summary().ja();
        summaryEn = content.summary().en();
        descriptionJa = content.description().ja();
        descriptionEn = content.description().en();
        innovationJa = content.innovation().ja();
        innovationEn = content.innovation().en();
        stage = content.stage().code();
        ipr = content.ipr().code();
        partnerType = content.partnerType().code();
        partnerRole = content.partnerRole();
        fields = spaced(content.fields().stream().map(Coded::code).toList());
        countries = spaced(content.countries());
        keywords = String.join("\n", content.keywords());
        deadline = content.deadline();
        expires = content.expires();
        reachSummary = content.reach(Part.SUMMARY);
        reachDescription = content.reach(Part.DESCRIPTION);
        reachInnovation = content.reach(Part.INNOVATION);
        reachStage = content.reach(Part.STAGE);
        reachIpr = content.reach(Part.IPR);
        reachPartner = content.reach(Part.PARTNER);
        reachKeywords = content.reach(Part.KEYWORDS);
        reachDeadline = content.reach(Part.DEADLINE);
    }

    /** @return what it says */
    public OpportunityContent content() {
        Map<Part, Visibility> visibility = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            visibility.put(part, Visibility.ofReach(reach(part)));
        }
        return new OpportunityContent(code(OpportunityKind.values(), kind), callName, companyName, companyContact,
                code(Language.values(), language), new OpportunityContent.Text(summaryJa, summaryEn),
                new OpportunityContent.Text(descriptionJa, descriptionEn),
                new OpportunityContent.Text(innovationJa, innovationEn), code(Stage.values(), stage),
                code(Ipr.values(), ipr), code(PartnerType.values(), partnerType), partnerRole,
                split(fields).stream().map(f -> code(ActivityField.values(), f)).toList(), split(countries),
                keywords.isEmpty() ? List.of() : List.of(keywords.split("\n")), deadline, expires, visibility);
    }

    /** @param part a part @return how far it reaches, as stored */
    public int reach(Part part) {
        return switch (part) {
            case SUMMARY -> reachSummary;
            case DESCRIPTION -> reachDescription;
            case INNOVATION -> reachInnovation;
            case STAGE -> reachStage;
            case IPR -> reachIpr;
            case PARTNER -> reachPartner;
            case KEYWORDS -> reachKeywords;
            case DEADLINE -> reachDeadline;
        };
    }

    void submit() {
        status = OpportunityStatus.SUBMITTED.code();
    }

    void publish(Instant now) {
        status = OpportunityStatus.PUBLISHED.code();
        reviewComment = null;
        publishedAt = now.atOffset(ZoneOffset.UTC);
    }

    void returnWith(String comment) {
        status = OpportunityStatus.RETURNED.code();
        reviewComment = comment;
    }

    void renew(LocalDate until, Instant now) {
        status = OpportunityStatus.PUBLISHED.code();
        expires = until;
        renewedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return the intermediary: the organization that publishes it and is its contact */
    public String organizationId() {
        return organizationId;
    }

    /** @return who drafted it */
    public String authorId() {
        return authorId;
    }

    /** @return where it is */
    public OpportunityStatus status() {
        return code(OpportunityStatus.values(), status);
    }

    /** @return the secretariat's comment when it was returned; null otherwise */
    public String reviewComment() {
        return reviewComment;
    }

    /** @return when it was first published; null before */
    public Instant publishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    private static String spaced(List<String> codes) {
        return " " + String.join(" ", codes) + " ";
    }

    private static List<String> split(String spaced) {
        return Arrays.stream(spaced.strip().split(" ")).filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E> & Coded> E code(E[] values, String code) {
        return Coded.byCode(values, code).orElseThrow(() -> new IllegalStateException("stored code " + code));
    }
}
