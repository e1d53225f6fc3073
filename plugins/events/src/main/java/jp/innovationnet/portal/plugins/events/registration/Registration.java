package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's registration for an event. Its ticket is its place in the order of arrival: the waiting list is
 * served by ticket, first come first served. Registrations are only made and changed through {@link Seats}.
 */
@Entity
@Table(name = "events_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String language;

    @Column(name = "organization_id")
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(nullable = false)
    private long ticket;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    protected Registration() {
    }

    Registration(long eventId, Registrant registrant, RegistrationStatus status, long ticket, Instant now) {
        this.eventId = eventId;
        this.userId = registrant.userId().orElse(null);
        this.name = registrant.name();
        this.email = registrant.email();
        this.language = registrant.language().getLanguage();
        this.organizationId = registrant.organizationId().orElse(null);
        this.status = status;
        this.ticket = ticket;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.changedAt = createdAt;
    }

    void moveTo(RegistrationStatus target, Instant now) {
        status = target;
        changedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @param now when the reminder the day before went out */
    public void reminded(Instant now) {
        remindedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return when the reminder the day before went out */
    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt).map(OffsetDateTime::toInstant);
    }

    /** @return its id; null until persisted */
    public Long id() {
        return id;
    }

    /** @return the event */
    public long eventId() {
        return eventId;
    }

    /** @return who registered */
    public Registrant registrant() {
        return new Registrant(Optional.ofNullable(userId), name, email, Locale.forLanguageTag(language),
                Optional.ofNullable(organizationId));
    }

    /** @return where it stands */
    public RegistrationStatus status() {
        return status;
    }

    /** @return its place in the order of arrival */
    public long ticket() {
        return ticket;
    }

    /** @return when it was made */
    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** @return when its status last changed */
    public Instant changedAt() {
        return changedAt.toInstant();
    }
}
