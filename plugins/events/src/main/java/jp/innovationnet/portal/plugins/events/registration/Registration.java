package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;

/**
 * One person's registration for an event. Its ticket is its place in the order of arrival: the waiting list is
 * served by ticket, first come first served. Registrations are only made and changed through {@link Seats}.
 * Each has two secrets: its private token, the key with which a registrant without an account reads and cancels
 * it, and its check-in code, which the QR code shown at the door carries.
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

    /** The organization as a registrant without an account writes it (free text). */
    @Column(name = "organization_name")
    private String organizationName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(nullable = false)
    private long ticket;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "private_token", nullable = false, updatable = false)
    private String privateToken;

    @Column(name = "check_in_code", nullable = false, updatable = false)
    private String checkInCode;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    /** Question id to answer, as {@code question.Answers} stores them. */
    @ElementCollection
    @CollectionTable(name = "events_answer", joinColumns = @JoinColumn(name = "registration_id"))
    @MapKeyColumn(name = "question_key")
    @Column(name = "answer", nullable = false)
    private Map<String, String> answers = new HashMap<>();

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    protected Registration() {
    }

    Registration(long eventId, Registrant registrant, Map<String, String> answers, RegistrationStatus status,
                 long ticket, Instant now) {
        this.eventId = eventId;
        this.userId = registrant.userId().orElse(null);
        this.name = registrant.name();
        this.email = registrant.email();
        this.language = registrant.language().getLanguage();
        this.organizationId = registrant.organizationId().orElse(null);
        this.organizationName = registrant.organization().orElse(null);
        this.answers.putAll(answers);
        this.privateToken = SecretTokens.generate();
        this.checkInCode = SecretTokens.generate();
        this.status = status;
        this.ticket = ticket;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.changedAt = createdAt;
    }

    void moveTo(RegistrationStatus target, Instant now) {
        status = target;
        changedAt = now.atOffset(ZoneOffset.UTC);
    }

    void requeue(long newTicket) {
        ticket = newTicket;
    }

    /**
     * Records that the registrant came; once only, to the microsecond (as the database keeps it, so that the
     * first answer and every later one say the same).
     *
     * @param now the time
     * @return whether they had checked in already (then the first time stays)
     * @throws RegistrationStateException if the registration is not confirmed
     */
    public boolean checkIn(Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new RegistrationStateException(status);
        }
        if (checkedInAt != null) {
            return true;
        }
        checkedInAt = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return false;
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
                Optional.ofNullable(organizationId), Optional.ofNullable(organizationName));
    }

    /** @return question id to answer (choices as option index, yes-no as yes/no) */
    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    /** @return the key with which the registrant reads and cancels it without an account; a secret */
    public String privateToken() {
        return privateToken;
    }

    /** @return the code of its check-in QR code; a secret of the registrant and the organisers */
    public String checkInCode() {
        return checkInCode;
    }

    /** @return when the registrant checked in at the event, if they did */
    public Optional<Instant> checkedInAt() {
        return Optional.ofNullable(checkedInAt).map(OffsetDateTime::toInstant);
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
