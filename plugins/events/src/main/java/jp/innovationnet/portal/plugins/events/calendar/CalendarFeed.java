package jp.innovationnet.portal.plugins.events.calendar;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's personal calendar feed: the SHA-256 of its secret token (the token itself is shown once, when issued)
 * and the language its calendar is written in.
 */
@Entity
@Table(name = "events_calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String language;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(String userId) {
        this.userId = userId;
    }

    void issue(String tokenHash, Locale language, Instant now) {
        this.tokenHash = tokenHash;
        this.language = language.getLanguage();
        this.issuedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return whose feed it is */
    public String userId() {
        return userId;
    }

    /** @return the language of its calendar */
    public Locale language() {
        return Locale.forLanguageTag(language);
    }

    /** @return when its current token was issued */
    public Instant issuedAt() {
        return issuedAt.toInstant();
    }
}
