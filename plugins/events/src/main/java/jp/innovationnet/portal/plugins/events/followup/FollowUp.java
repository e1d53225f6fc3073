package jp.innovationnet.portal.plugins.events.followup;

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

/**
 * The follow-up form of one registration: made when its registrant is invited (or answers first), keyed for
 * registrants without an account by a random token; answered once, changed while {@link FollowUpWindow#OPEN}.
 */
@Entity
@Table(name = "events_follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, unique = true)
    private long registrationId;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(nullable = false, unique = true)
    private String token;

    private Integer satisfaction;

    @Column(name = "new_contacts")
    private Integer newContacts;

    @Column(name = "follow_up_wanted")
    private Boolean followUpWanted;

    @Column(name = "follow_up_with")
    private String followUpWith;

    private String comment;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "invited_at")
    private OffsetDateTime invitedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    protected FollowUp() {
    }

    FollowUp(long registrationId, long eventId, String token, Instant now) {
        this.registrationId = registrationId;
        this.eventId = eventId;
        this.token = token;
        this.createdAt = utc(now);
    }

    /**
     * Records (or replaces) the answers.
     *
     * @param answers what the participant says
     * @param now     the time
     */
    public void answer(FollowUpAnswers answers, Instant now) {
        satisfaction = answers.satisfaction();
        newContacts = answers.newContacts();
        followUpWanted = answers.followUpWanted();
        followUpWith = answers.followUpWith().orElse(null);
        comment = answers.comment().orElse(null);
        if (answeredAt == null) {
            answeredAt = utc(now);
        }
        changedAt = utc(now);
    }

    /** @param now when the invitation was queued */
    void invited(Instant now) {
        invitedAt = utc(now);
    }

    /** @return the answers, once given */
    public Optional<FollowUpAnswers> answers() {
        if (answeredAt == null) {
            return Optional.empty();
        }
        return Optional.of(new FollowUpAnswers(satisfaction, newContacts, followUpWanted,
                Optional.ofNullable(followUpWith), Optional.ofNullable(comment)));
    }

    /** @return the registration */
    public long registrationId() {
        return registrationId;
    }

    /** @return the event */
    public long eventId() {
        return eventId;
    }

    /** @return the secret key of the form for registrants without an account */
    public String token() {
        return token;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
