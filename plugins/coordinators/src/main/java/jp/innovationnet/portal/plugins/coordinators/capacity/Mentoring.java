package jp.innovationnet.portal.plugins.coordinators.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A mentoring pair the secretariat formed: an experienced coordinator guides a newer one on a focus, from a start date
 * until either of them or the secretariat ends it.
 */
@Entity
@Table(name = "coordinators_mentoring")
public class Mentoring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mentor_id")
    private String mentorId;

    @Column(name = "mentor_name")
    private String mentorName;

    @Column(name = "mentee_id")
    private String menteeId;

    @Column(name = "mentee_name")
    private String menteeName;

    @Column(name = "focus_ja")
    private String focusJa;

    @Column(name = "focus_en")
    private String focusEn;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Mentoring() {
    }

    /**
     * @param mentor    who guides
     * @param mentee    who is guided
     * @param focusJa   on what, in Japanese
     * @param focusEn   on what, in English; may be null
     * @param startedOn from when
     * @param createdBy who formed the pair
     * @param now       when
     */
    public Mentoring(Member mentor, Member mentee, String focusJa, String focusEn, LocalDate startedOn,
                     String createdBy, Instant now) {
        this.mentorId = mentor.userId();
        this.mentorName = mentor.name();
        this.menteeId = mentee.userId();
        this.menteeName = mentee.name();
        this.focusJa = focusJa;
        this.focusEn = focusEn;
        this.startedOn = startedOn;
        this.createdBy = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * One of the pair.
     *
     * @param userId their user id
     * @param name   their name
     */
    public record Member(String userId, String name) {
    }

    /**
     * @param on the last day
     * @return whether it ended now (false when it had ended already)
     */
    public boolean end(LocalDate on) {
        if (endedOn != null) {
            return false;
        }
        endedOn = on.isBefore(startedOn) ? startedOn : on;
        return true;
    }

    /**
     * @param userId a user id
     * @return whether they are one of the pair
     */
    public boolean includes(String userId) {
        return mentorId.equals(userId) || menteeId.equals(userId);
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return who guides */
    public Member mentor() {
        return new Member(mentorId, mentorName);
    }

    /** @return who is guided */
    public Member mentee() {
        return new Member(menteeId, menteeName);
    }

    /** @return the focus in Japanese */
    public String focusJa() {
        return focusJa;
    }

    /** @return the focus in English, if written */
    public Optional<String> focusEn() {
        return Optional.ofNullable(focusEn);
    }

    /** @return from when */
    public LocalDate startedOn() {
        return startedOn;
    }

    /** @return the last day, once it ended */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }
}
