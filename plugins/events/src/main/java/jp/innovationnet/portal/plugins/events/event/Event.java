package jp.innovationnet.portal.plugins.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An event of the network, run by one organization (the secretariat's or a member's). Its seats and registrations
 * are kept apart (package {@code registration}), so that registering never touches, or conflicts with, the event.
 */
@Entity
@Table(name = "events_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organiser_id", nullable = false)
    private String organiserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;
    @Column(name = "title_en", nullable = false)
    private String titleEn;
    @Column(name = "summary_ja", nullable = false)
    private String summaryJa;
    @Column(name = "summary_en", nullable = false)
    private String summaryEn;
    @Column(name = "programme_ja", nullable = false)
    private String programmeJa;
    @Column(name = "programme_en", nullable = false)
    private String programmeEn;

    @Column(name = "venue_name_ja")
    private String venueNameJa;
    @Column(name = "venue_name_en")
    private String venueNameEn;
    @Column(name = "venue_address")
    private String venueAddress;
    @Column(name = "venue_region")
    private String venueRegion;
    @Column(name = "online_url")
    private String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;
    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @ElementCollection
    @CollectionTable(name = "events_session", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Session> sessions = new ArrayList<>();

    @Column(name = "registration_opens_at")
    private OffsetDateTime registrationOpensAt;
    @Column(name = "registration_closes_at", nullable = false)
    private OffsetDateTime registrationClosesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private AudienceKind audienceKind;

    @ElementCollection
    @CollectionTable(name = "events_event_region", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "region")
    private Set<String> audienceRegions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "events_event_organization", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organization_id")
    private Set<String> audienceOrganizations = new HashSet<>();

    @Column(name = "contact_name", nullable = false)
    private String contactName;
    @Column(name = "contact_email", nullable = false)
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Event() {
    }

    /**
     * @param organiserId the organization that runs it
     * @param details     what it is
     * @param createdBy   the user who created it
     * @param now         the time
     * @return a new event in draft
     */
    public static Event draft(String organiserId, EventDetails details, String createdBy, Instant now) {
        Event event = new Event();
        event.organiserId = organiserId;
        event.status = EventStatus.DRAFT;
        event.createdBy = createdBy;
        event.createdAt = utc(now);
        event.apply(details);
        return event;
    }

    /**
     * Replaces what the event is, while it is a draft or published.
     *
     * @param details the new details
     * @throws EventStateException if it is closed or cancelled
     */
    public void revise(EventDetails details) {
        if (!status.editable()) {
            throw new EventStateException(status, "be edited");
        }
        apply(details);
    }

    /** Publishes a draft. @throws EventStateException if it is not a draft */
    public void publish() {
        moveTo(EventStatus.PUBLISHED, "be published");
    }

    /** Closes a published event. @throws EventStateException if it is not published */
    public void close() {
        moveTo(EventStatus.CLOSED, "be closed");
    }

    /** Cancels the event. @throws EventStateException if it is cancelled already */
    public void cancel() {
        moveTo(EventStatus.CANCELLED, "be cancelled");
    }

    private void moveTo(EventStatus target, String action) {
        if (!status.mayBecome(target)) {
            throw new EventStateException(status, action);
        }
        status = target;
    }

    /**
     * @param viewer who looks
     * @return whether they see it: its organisers always, others once it is published and if they are its audience
     *         ({@link Viewer#visibility()}; {@link EventSearch} applies the same rules in the database)
     */
    public boolean visibleTo(Viewer viewer) {
        return viewer.visibility().admits(organiserId, status, audience());
    }

    /**
     * @param now the time
     * @return whether the event takes registrations now
     */
    public RegistrationWindow registrationWindow(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            return RegistrationWindow.NOT_PUBLISHED;
        }
        if (registrationOpensAt != null && now.isBefore(registrationOpensAt.toInstant())) {
            return RegistrationWindow.NOT_YET_OPEN;
        }
        return now.isBefore(registrationClosesAt.toInstant()) ? RegistrationWindow.OPEN : RegistrationWindow.ENDED;
    }

    private void apply(EventDetails details) {
        kind = details.kind();
        titleJa = details.title().ja();
        titleEn = details.title().en();
        summaryJa = details.summary().ja();
        summaryEn = details.summary().en();
        programmeJa = details.programme().ja();
        programmeEn = details.programme().en();
        Venue venue = details.venue();
        venueNameJa = venue.name().ja();
        venueNameEn = venue.name().en();
        venueAddress = venue.address().orElse(null);
        venueRegion = venue.region().orElse(null);
        onlineUrl = venue.onlineUrl().orElse(null);
        startsAt = utc(details.startsAt());
        endsAt = utc(details.endsAt());
        timeZone = details.timeZone().getId();
        sessions.clear();
        sessions.addAll(details.sessions());
        registrationOpensAt = details.registrationOpensAt().map(Event::utc).orElse(null);
        registrationClosesAt = utc(details.registrationClosesAt());
        audienceKind = details.audience().kind();
        audienceRegions.clear();
        audienceRegions.addAll(details.audience().regions());
        audienceOrganizations.clear();
        audienceOrganizations.addAll(details.audience().organizations());
        contactName = details.contact().name();
        contactEmail = details.contact().email();
        contactPhone = details.contact().phone().orElse(null);
        approvalRequired = details.approvalRequired();
    }

    /**
     * @param instant an instant
     * @return it as stored (JPA 3.1 maps {@code OffsetDateTime} to {@code TIMESTAMP WITH TIME ZONE}, not
     *         {@code Instant})
     */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** @return its id; null until persisted */
    public Long id() {
        return id;
    }

    /** @return the organization running it */
    public String organiserId() {
        return organiserId;
    }

    /** @return the user who created it */
    public String createdBy() {
        return createdBy;
    }

    /** @return its kind */
    public EventKind kind() {
        return kind;
    }

    /** @return its status */
    public EventStatus status() {
        return status;
    }

    /** @return its title */
    public Texts title() {
        return new Texts(titleJa, titleEn);
    }

    /** @return its summary */
    public Texts summary() {
        return new Texts(summaryJa, summaryEn);
    }

    /** @return its programme, in Markdown */
    public Texts programme() {
        return new Texts(programmeJa, programmeEn);
    }

    /** @return where it takes place */
    public Venue venue() {
        return new Venue(new Texts(venueNameJa, venueNameEn), Optional.ofNullable(venueAddress),
                Optional.ofNullable(venueRegion), Optional.ofNullable(onlineUrl));
    }

    /** @return when it starts */
    public Instant startsAt() {
        return startsAt.toInstant();
    }

    /** @return when it ends */
    public Instant endsAt() {
        return endsAt.toInstant();
    }

    /** @return the time zone its times are given in */
    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** @return its timetable */
    public List<Session> sessions() {
        return List.copyOf(sessions);
    }

    /** @return from when people may register; empty for as soon as it is published */
    public Optional<Instant> registrationOpensAt() {
        return Optional.ofNullable(registrationOpensAt).map(OffsetDateTime::toInstant);
    }

    /** @return until when people may register */
    public Instant registrationClosesAt() {
        return registrationClosesAt.toInstant();
    }

    /** @return whom it is for */
    public Audience audience() {
        return new Audience(audienceKind, audienceRegions, audienceOrganizations);
    }

    /** @return whom to ask */
    public Contact contact() {
        return new Contact(contactName, contactEmail, Optional.ofNullable(contactPhone));
    }

    /** @return whether registrations wait for the organisers' approval */
    public boolean approvalRequired() {
        return approvalRequired;
    }

    /** @return its version, which an edit must name */
    public long version() {
        return version;
    }
}
