package jp.innovationnet.portal.plugins.coordinators.question;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.plugins.coordinators.text.Lines;

/**
 * A question to the network: asked by a coordinator, a member's staff or a steering agency, read by the network and
 * members' staff, answered by the network. Its asker accepts one answer. The escalation to the secretariat is marked
 * by {@code escalated_at}, which only an SQL update that finds it empty sets ({@link Questions#markEscalated}); the
 * entity is therefore not kept in the shared cache, which that update passes by.
 */
@Cacheable(false)
@Entity
@Table(name = "coordinators_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "asker_id")
    private String askerId;

    @Column(name = "asker_name")
    private String askerName;

    private String title;

    private String body;

    private String fields;

    private String services;

    private String region;

    private String tags;

    @Column(name = "answer_count")
    private int answerCount;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "asked_experts")
    private String askedExperts;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "escalated_at", insertable = false, updatable = false)
    private OffsetDateTime escalatedAt;

    @Version
    private long version;

    protected Question() {
    }

    /**
     * A new question.
     *
     * @param askerId   who asks
     * @param askerName their name
     * @param content   what it asks
     * @param now       when
     */
    public Question(String askerId, String askerName, QuestionContent content, Instant now) {
        this.askerId = askerId;
        this.askerName = askerName;
        this.title = content.title();
        this.body = content.body();
        this.fields = Lines.join(content.fields());
        this.services = Lines.join(content.services());
        this.region = content.region();
        this.tags = Lines.join(content.tags());
        this.askedExperts = "";
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @param userIds the experts asked to answer, recorded */
    public void askedExperts(List<String> userIds) {
        askedExperts = Lines.join(userIds);
    }

    /** Counts an answer given. */
    void answered() {
        answerCount++;
    }

    /**
     * @param userId who accepts
     * @param answer the answer, one of this question's (the caller checks)
     * @param now    when (the figures count answers accepted in a period)
     * @throws QuestionRefusal unless the asker accepts
     */
    void accept(String userId, Answer answer, Instant now) {
        if (!askerId.equals(userId)) {
            throw new QuestionRefusal(QuestionRefusal.Reason.NOT_ASKER);
        }
        acceptedAnswerId = answer.id();
        acceptedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return what it asks */
    public QuestionContent content() {
        return new QuestionContent(title, body, Lines.split(fields), Lines.split(services), region,
                Lines.split(tags));
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return who asked */
    public String askerId() {
        return askerId;
    }

    /** @return their name */
    public String askerName() {
        return askerName;
    }

    /** @return how many answers it has */
    public int answerCount() {
        return answerCount;
    }

    /** @return the accepted answer's id, or null */
    public Long acceptedAnswerId() {
        return acceptedAnswerId;
    }

    /** @return the experts asked to answer */
    public List<String> askedExperts() {
        return Lines.split(askedExperts);
    }

    /** @return when it was asked */
    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** @return when it went to the secretariat, or null */
    public Instant escalatedAt() {
        return escalatedAt == null ? null : escalatedAt.toInstant();
    }
}
