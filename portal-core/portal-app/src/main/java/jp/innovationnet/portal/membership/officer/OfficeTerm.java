package jp.innovationnet.portal.membership.officer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's term in an office: from its first day to its last (inclusive; open while the last day is not set).
 * A term is ended, never deleted, so the history of who held which office stays.
 */
@Entity
@Table(name = "office_term")
public class OfficeTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    @Convert(converter = OfficeConverter.class)
    private Office office;

    @Column(name = "person_name", nullable = false, updatable = false)
    private String personName;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    @Column(name = "term_start", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "term_end")
    private LocalDate end;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected OfficeTerm() {
    }

    /**
     * @param office         the office
     * @param personName     who holds it
     * @param organizationId the organization they come from
     * @param start          the term's first day
     * @param end            the term's last day, or null while open
     */
    public OfficeTerm(Office office, String personName, String organizationId, LocalDate start, LocalDate end) {
        this.office = Objects.requireNonNull(office);
        this.personName = Objects.requireNonNull(personName);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.start = Objects.requireNonNull(start);
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("a term ends after it starts");
        }
        this.end = end;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Ends the term.
     *
     * @param lastDay its last day; after its first
     * @throws IllegalArgumentException if {@code lastDay} is not after the first day
     */
    public void end(LocalDate lastDay) {
        if (!lastDay.isAfter(start)) {
            throw new IllegalArgumentException("a term ends after it starts (" + start + ")");
        }
        this.end = lastDay;
    }

    /**
     * @param day a day
     * @return whether the term covers it
     */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /**
     * @param from  first day of another term
     * @param until its last day, or null while open
     * @return whether the two terms share a day
     */
    public boolean overlaps(LocalDate from, LocalDate until) {
        return (until == null || !start.isAfter(until)) && (end == null || !from.isAfter(end));
    }

    public Long getId() {
        return id;
    }

    public Office getOffice() {
        return office;
    }

    public String getPersonName() {
        return personName;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public long getVersion() {
        return version;
    }
}
