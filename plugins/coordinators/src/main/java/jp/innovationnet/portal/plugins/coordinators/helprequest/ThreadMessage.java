package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message of a request's shared thread, by its requester, a helper accepted or the secretariat. */
@Entity
@Table(name = "coordinators_help_message")
public class ThreadMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id")
    private long requestId;

    @Column(name = "author_id")
    private String authorId;

    @Column(name = "author_name")
    private String authorName;

    private String body;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ThreadMessage() {
    }

    /**
     * @param requestId  the request
     * @param authorId   who writes
     * @param authorName their name
     * @param body       the message, plain text
     * @param now        when
     */
    public ThreadMessage(long requestId, String authorId, String authorName, String body, Instant now) {
        this.requestId = requestId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return its id */
    public long id() {
        return id;
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

    /** @return when it was written */
    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
