package jp.innovationnet.portal.plugins.inquiries.faq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * One question and its answer in both languages. Born a draft; published only when complete in both languages,
 * and kept complete while published.
 */
@Entity
@Table(name = "inquiries_faq_entry")
public class FaqEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Topic topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FaqStatus status;

    @Column(name = "question_ja")
    private String questionJa;
    @Column(name = "question_en")
    private String questionEn;
    @Column(name = "answer_ja")
    private String answerJa;
    @Column(name = "answer_en")
    private String answerEn;

    @Column(name = "source_reference")
    private String sourceReference;

    @Column(name = "created_by", nullable = false)
    private String createdBy;
    /** Instants as UTC offsets: the JPA 3.1 time types EclipseLink maps to TIMESTAMP WITH TIME ZONE */
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected FaqEntry() {
    }

    /**
     * @param text            what it says
     * @param sourceReference the reference of the inquiry it came from, if any
     * @param createdBy       the writer's user id
     * @param now             the time
     * @return a new draft
     */
    public static FaqEntry draft(FaqText text, Optional<String> sourceReference, String createdBy, Instant now) {
        FaqEntry entry = new FaqEntry();
        entry.status = FaqStatus.DRAFT;
        entry.sourceReference = sourceReference.orElse(null);
        entry.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        entry.createdAt = now.atOffset(ZoneOffset.UTC);
        entry.write(text, now);
        return entry;
    }

    /**
     * @param text what it now says
     * @param now  the time
     * @throws FaqIncompleteException if the entry is published and the text lacks a language
     */
    public void revise(FaqText text, Instant now) {
        if (status == FaqStatus.PUBLISHED && !text.missingForPublication().isEmpty()) {
            throw new FaqIncompleteException(text.missingForPublication());
        }
        write(text, now);
    }

    /**
     * Shows the entry to everybody (again, if it was).
     *
     * @param now the time
     * @throws FaqIncompleteException if a language is missing
     */
    public void publish(Instant now) {
        if (!text().missingForPublication().isEmpty()) {
            throw new FaqIncompleteException(text().missingForPublication());
        }
        status = FaqStatus.PUBLISHED;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @param now the time: the entry becomes a draft again, seen by the secretariat only */
    public void unpublish(Instant now) {
        status = FaqStatus.DRAFT;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    private void write(FaqText text, Instant now) {
        topic = Objects.requireNonNull(text.topic(), "topic");
        questionJa = text.questionJa();
        questionEn = text.questionEn();
        answerJa = text.answerJa();
        answerEn = text.answerEn();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return the id; null before the entry is persisted */
    public Long id() {
        return id;
    }

    /** @return what it says */
    public FaqText text() {
        return new FaqText(topic, questionJa, questionEn, answerJa, answerEn);
    }

    /** @return draft or published */
    public FaqStatus status() {
        return status;
    }

    /** @return whether everybody sees it */
    public boolean published() {
        return status == FaqStatus.PUBLISHED;
    }

    /** @return the inquiry it came from, for the staff */
    public Optional<String> sourceReference() {
        return Optional.ofNullable(sourceReference);
    }

    /** @return when it was written */
    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    /** @return the optimistic lock's version */
    public long version() {
        return version;
    }
}
