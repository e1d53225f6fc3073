package jp.innovationnet.portal.plugins.coordinators.supportcase;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.text.Lines;

/**
 * A support case (支援事例) told for other coordinators: written by a coordinator, reviewed by another, then
 * published to its audience. A draft or a case in review exists for its author and its reviewer only. The company is
 * anonymised to a size band, an industry and a region; its name, if given, is for the network only.
 */
@Entity
@Table(name = "coordinators_case")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id")
    private String authorId;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "reviewer_id")
    private String reviewerId;

    @Column(name = "reviewer_name")
    private String reviewerName;

    private String status;

    private String audience;

    @Column(name = "audience_rank")
    private int audienceRank;

    private String language;

    private String title;

    private String challenge;

    @Column(name = "company_size")
    private String companySize;

    @Column(name = "company_industry")
    private String companyIndustry;

    @Column(name = "company_region")
    private String companyRegion;

    @Column(name = "company_name")
    private String companyName;

    private String approach;

    private String partners;

    private String programmes;

    private String outcomes;

    private String lessons;

    private String factors;

    private String tags;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    private long version;

    protected SupportCase() {
    }

    /**
     * A new draft.
     *
     * @param authorId   who writes it
     * @param authorName their name
     * @param content    what it says
     * @param now        when
     */
    public SupportCase(String authorId, String authorName, CaseContent content, Instant now) {
        this.authorId = authorId;
        this.authorName = authorName;
        this.status = CaseStatus.DRAFT.code();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        write(content, now);
    }

    /**
     * @param userId  who edits
     * @param content what it says now
     * @param now     when
     * @throws CaseRefusal unless the author edits a draft
     */
    public void edit(String userId, CaseContent content, Instant now) {
        requireAuthor(userId);
        requireStatus(CaseStatus.DRAFT, CaseRefusal.Reason.NOT_DRAFT);
        write(content, now);
    }

    /**
     * Hands the draft to another coordinator for review.
     *
     * @param userId       who submits
     * @param reviewer     the reviewer's user id, not the author's (the caller checks)
     * @param reviewerName the reviewer's name
     * @param now          when
     * @throws CaseRefusal unless the author submits a draft
     */
    public void submit(String userId, String reviewer, String reviewerName, Instant now) {
        requireAuthor(userId);
        requireStatus(CaseStatus.DRAFT, CaseRefusal.Reason.NOT_DRAFT);
        reviewerId = reviewer;
        this.reviewerName = reviewerName;
        status = CaseStatus.IN_REVIEW.code();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * @param userId who approves
     * @param now    when
     * @throws CaseRefusal unless the reviewer approves a case in review
     */
    public void approve(String userId, Instant now) {
        requireReviewer(userId);
        status = CaseStatus.PUBLISHED.code();
        reviewComment = null;
        publishedAt = now.atOffset(ZoneOffset.UTC);
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * Returns the case to its author as a draft.
     *
     * @param userId  who returns it
     * @param comment what to change
     * @param now     when
     * @throws CaseRefusal unless the reviewer returns a case in review
     */
    public void sendBack(String userId, String comment, Instant now) {
        requireReviewer(userId);
        status = CaseStatus.DRAFT.code();
        reviewComment = comment;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * @param viewer a reader
     * @return whether the case exists for them: its author and reviewer always, others once published to them
     */
    public boolean visibleTo(Viewer viewer) {
        if (viewer.is(authorId) || viewer.is(reviewerId)) {
            return true;
        }
        return status() == CaseStatus.PUBLISHED && viewer.sees(audience());
    }

    private void write(CaseContent content, Instant now) {
        language = content.language().code();
        title = content.title();
        challenge = content.challenge();
        companySize = content.companySize().code();
        companyIndustry = content.companyIndustry();
        companyRegion = content.companyRegion();
        companyName = content.companyName();
        approach = content.approach();
        partners = Lines.join(content.partners().stream()
                .map(p -> p.kind().code() + "\t" + (p.name() == null ? "" : p.name())).toList());
        programmes = Lines.join(content.programmes());
        outcomes = Lines.join(content.outcomes().stream().map(Outcome::code).toList());
        lessons = content.lessons();
        factors = Lines.join(content.factors().stream().map(SuccessFactor::code).toList());
        tags = Lines.join(content.tags());
        audience = content.audience().code();
        audienceRank = content.audience().rank();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    private void requireAuthor(String userId) {
        if (!authorId.equals(userId)) {
            throw new CaseRefusal(CaseRefusal.Reason.NOT_AUTHOR);
        }
    }

    private void requireReviewer(String userId) {
        if (!userId.equals(reviewerId)) {
            throw new CaseRefusal(CaseRefusal.Reason.NOT_REVIEWER);
        }
        requireStatus(CaseStatus.IN_REVIEW, CaseRefusal.Reason.NOT_IN_REVIEW);
    }

    private void requireStatus(CaseStatus wanted, CaseRefusal.Reason otherwise) {
        if (status() != wanted) {
            throw new CaseRefusal(otherwise);
        }
    }

    /** @return what it says */
    public CaseContent content() {
        List<CaseContent.Partner> partnerList = Lines.split(partners).stream().map(line -> line.split("\t", 2))
                .map(p -> new CaseContent.Partner(code(PartnerKind.values(), p[0]), p[1].isEmpty() ? null : p[1]))
                .toList();
        return new CaseContent(code(CaseLanguage.values(), language), title, challenge,
                code(CompanySize.values(), companySize), companyIndustry, companyRegion, companyName, approach,
                partnerList, Lines.split(programmes),
                Lines.split(outcomes).stream().map(c -> code(Outcome.values(), c)).toList(), lessons,
                Lines.split(factors).stream().map(c -> code(SuccessFactor.values(), c)).toList(),
                Lines.split(tags), audience());
    }

    private static <E extends Enum<E> & Coded> E code(E[] values, String code) {
        return Coded.byCode(values, code).orElseThrow();
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return where it is in the workflow */
    public CaseStatus status() {
        return code(CaseStatus.values(), status);
    }

    /** @return who may read it once published */
    public Audience audience() {
        return code(Audience.values(), audience);
    }

    /** @return its author's user id */
    public String authorId() {
        return authorId;
    }

    /** @return its author's name */
    public String authorName() {
        return authorName;
    }

    /** @return its reviewer's user id; null before it was submitted */
    public String reviewerId() {
        return reviewerId;
    }

    /** @return its reviewer's name; null before it was submitted */
    public String reviewerName() {
        return reviewerName;
    }

    /** @return what the reviewer asked to change when returning it; null otherwise */
    public String reviewComment() {
        return reviewComment;
    }

    /** @return when it was published; null before */
    public Instant publishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }
}
