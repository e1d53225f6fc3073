package jp.innovationnet.portal.plugins.inquiries.canned;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** A canned reply in Japanese and English. */
@Entity
@Table(name = "inquiries_canned_reply")
public class CannedReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "text_ja", nullable = false)
    private String textJa;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected CannedReply() {
    }

    CannedReply(ReplyDraft draft, Instant now) {
        change(draft, now);
    }

    /**
     * @param draft what the reply says from now on
     * @param now   the time of the change
     */
    void change(ReplyDraft draft, Instant now) {
        topic = draft.topic() == null ? null : draft.topic().code();
        titleJa = draft.titleJa();
        titleEn = draft.titleEn();
        textJa = draft.textJa();
        textEn = draft.textEn();
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return the database id (null until persisted) */
    public Long id() {
        return id;
    }

    /** @return what the reply says */
    public ReplyDraft draft() {
        return new ReplyDraft(titleJa, titleEn, textJa, textEn, topic().orElse(null));
    }

    /** @return the topic it is for, or empty for any topic */
    public Optional<Topic> topic() {
        return Coded.byCode(Topic.values(), topic);
    }

    /** @return when it was last written */
    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
