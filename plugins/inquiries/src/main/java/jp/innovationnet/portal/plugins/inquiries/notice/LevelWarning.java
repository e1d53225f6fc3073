package jp.innovationnet.portal.plugins.inquiries.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugins.inquiries.servicelevel.LevelState;

/** A service-level warning given, written with its notices: each inquiry, target and state is warned of once. */
@Entity
@Table(name = "inquiries_level_warning")
public class LevelWarning {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "inquiry_id", nullable = false)
    private long inquiryId;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private String state;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected LevelWarning() {
    }

    LevelWarning(long inquiryId, LevelWarnings.Target target, LevelState state, Instant now) {
        this.inquiryId = inquiryId;
        this.target = target.code();
        this.state = state.code();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return the warning's identity: inquiry, target and state */
    String key() {
        return key(inquiryId, target, state);
    }

    static String key(long inquiryId, String target, String state) {
        return inquiryId + "/" + target + "/" + state;
    }
}
