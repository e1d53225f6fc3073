package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.inquiries.Folding;

/**
 * One question to the desk and where its case stands. Its thread, referrals and attachments live in their own
 * tables, keyed by {@link #id()}; the asker opens it with a private link whose token is stored only as SHA-256.
 */
@Entity
@Table(name = "inquiries_inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String reference;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String region;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    /** The subject as the queue's text search compares it ({@link Folding#fold}), with an index of its own. */
    @Column(name = "subject_folded", nullable = false)
    private String subjectFolded;

    @Column(nullable = false)
    private String status;

    @Column(name = "asker_user_id")
    private String askerUserId;

    @Column(name = "asker_name", nullable = false)
    private String askerName;

    @Column(name = "asker_email", nullable = false)
    private String askerEmail;

    @Column(name = "asker_organization")
    private String askerOrganization;

    @Column(name = "token_sha256", nullable = false, unique = true)
    private String tokenSha256;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "first_response_at")
    private OffsetDateTime firstResponseAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Column(name = "first_response_due")
    private OffsetDateTime firstResponseDue;

    @Column(name = "resolution_due")
    private OffsetDateTime resolutionDue;

    /**
     * The earliest due time of the targets still pending (the first response until the first reply or the
     * resolution, the resolution until answered or closed); none when nothing is pending. Overdue and due-soon
     * cases are a range of it, with an index.
     */
    @Column(name = "next_due")
    private OffsetDateTime nextDue;

    @Version
    private long version;

    protected Inquiry() {
    }

    /**
     * @param reference   its reference number ({@link ReferenceNumbers})
     * @param subject     the subject, checked
     * @param asker       who asks
     * @param tokenSha256 the SHA-256 of the private link's token
     * @param now         the time of submission
     */
    public Inquiry(String reference, Topic topic, Region region, Language language, String subject, Asker asker,
                   String tokenSha256, Instant now) {
        this.reference = reference;
        this.topic = topic.code();
        this.region = region.code();
        this.language = language.code();
        this.subject = subject;
        this.subjectFolded = Folding.fold(subject);
        this.status = InquiryStatus.NEW.code();
        this.askerUserId = asker.userId().orElse(null);
        this.askerName = asker.name();
        this.askerEmail = asker.email();
        this.askerOrganization = asker.organization().orElse(null);
        this.tokenSha256 = tokenSha256;
        this.createdAt = utc(now);
        this.changedAt = createdAt;
    }

    /** Routed to a first organization: a new inquiry becomes routed. @param now the time */
    public void routed(Instant now) {
        if (status() == InquiryStatus.NEW) {
            moveTo(InquiryStatus.ROUTED, now);
        }
        touch(now);
    }

    /** An organization accepted the case: a case not yet worked is in progress. @param now the time */
    public void accepted(Instant now) {
        if (status() == InquiryStatus.NEW || status() == InquiryStatus.ROUTED) {
            moveTo(InquiryStatus.IN_PROGRESS, now);
        }
        touch(now);
    }

    /** A reply went to the asker: answered; the first one counts as the first response. @param now the time */
    public void replied(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = utc(now);
        }
        resolved(now);
        moveTo(InquiryStatus.ANSWERED, now);
        pendingChanged();
    }

    /**
     * The asker wrote again: an answered or closed inquiry is reopened.
     *
     * @param open the status of an open case as its referrals make it
     * @param now  the time
     * @return whether it was reopened
     */
    public boolean askerWrote(InquiryStatus open, Instant now) {
        touch(now);
        if (status().open()) {
            return false;
        }
        reopen(open, now);
        return true;
    }

    /**
     * Reopens an answered or closed inquiry.
     *
     * @param open the status of an open case as its referrals make it
     * @param now  the time
     */
    public void reopen(InquiryStatus open, Instant now) {
        if (status().open()) {
            throw new InquiryStateException(status());
        }
        closedAt = null;
        resolvedAt = null;
        moveTo(open, now);
        pendingChanged();
    }

    /**
     * Who holds the case changed (an organization handed it back, or was referred onward): an open case takes the
     * status its referrals now give it.
     *
     * @param open the status of an open case as its referrals make it
     * @param now  the time
     */
    public void settle(InquiryStatus open, Instant now) {
        if (status().open()) {
            moveTo(open, now);
        }
        touch(now);
    }

    /** @param now the time @throws InquiryStateException if it is closed already */
    public void close(Instant now) {
        if (status() == InquiryStatus.CLOSED) {
            throw new InquiryStateException(status());
        }
        closedAt = utc(now);
        resolved(now);
        moveTo(InquiryStatus.CLOSED, now);
        pendingChanged();
    }

    /** The case is resolved (answered or closed) from the first time since it was last reopened. */
    private void resolved(Instant now) {
        if (resolvedAt == null) {
            resolvedAt = utc(now);
        }
    }

    /**
     * Sets the service-level due dates computed at submission.
     *
     * @param firstResponse when the first response is due
     * @param resolution    when the resolution is due
     */
    public void due(Instant firstResponse, Instant resolution) {
        this.firstResponseDue = utc(firstResponse);
        this.resolutionDue = utc(resolution);
        pendingChanged();
    }

    /** Keeps {@link #nextDue} the earliest due time of the targets still pending. */
    private void pendingChanged() {
        nextDue = resolvedAt != null ? null
                : Stream.of(firstResponseAt == null ? firstResponseDue : null, resolutionDue)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private void moveTo(InquiryStatus next, Instant now) {
        status = next.code();
        touch(now);
    }

    private void touch(Instant now) {
        changedAt = utc(now);
    }

    public long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Topic topic() {
        return Coded.byCode(Topic.values(), topic).orElseThrow();
    }

    public Region region() {
        return Coded.byCode(Region.values(), region).orElseThrow();
    }

    public Language language() {
        return Coded.byCode(Language.values(), language).orElseThrow();
    }

    public String subject() {
        return subject;
    }

    public InquiryStatus status() {
        return Coded.byCode(InquiryStatus.values(), status).orElseThrow();
    }

    public Asker asker() {
        return new Asker(Optional.ofNullable(askerUserId), askerName, askerEmail,
                Optional.ofNullable(askerOrganization));
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant changedAt() {
        return changedAt.toInstant();
    }

    public Optional<Instant> firstResponseAt() {
        return Optional.ofNullable(firstResponseAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt).map(OffsetDateTime::toInstant);
    }

    /** @return when it was answered or closed, unless reopened since (the resolution's target is met then) */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> firstResponseDue() {
        return Optional.ofNullable(firstResponseDue).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> resolutionDue() {
        return Optional.ofNullable(resolutionDue).map(OffsetDateTime::toInstant);
    }

    /** @return the optimistic lock's version */
    public long version() {
        return version;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
