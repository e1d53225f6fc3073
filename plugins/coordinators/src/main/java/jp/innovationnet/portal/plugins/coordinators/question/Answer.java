package jp.innovationnet.portal.plugins.coordinators.question;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An answer to a question, by a coordinator, the secretariat or a steering agency, with its votes' sum. */
@Entity
@Table(name = "coordinators_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id")
    private long questionId;

    @Column(name = "author_id")
    private String authorId;

    @Column(name = "author_name")
    private String authorName;

    private String body;

    private int score;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Answer() {
    }

    /**
     * @param questionId the question answered
     * @param authorId   who answers
     * @param authorName their name
     * @param body       the answer, stripped
     * @param now        when
     */
    public Answer(long questionId, String authorId, String authorName, String body, Instant now) {
        this.questionId = questionId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @param sum the sum of its votes now */
    void score(int sum) {
        score = sum;
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return the question it answers */
    public long questionId() {
        return questionId;
    }

    /** @return who wrote it */
    public String authorId() {
        return authorId;
    }

    /** @return their name */
    public String authorName() {
        return authorName;
    }

    /** @return what it says */
    public String body() {
        return body;
    }

    /** @return the sum of its votes */
    public int score() {
        return score;
    }

    /** @return when it was written */
    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
