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

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** A qualification a coordinator holds, as they recorded it, and whether the secretariat has checked it. */
@Entity
@Table(name = "coordinators_certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private String userId;

    private String kind;

    private String title;

    private String issuer;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private OffsetDateTime verifiedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Certificate() {
    }

    /**
     * @param userId   whose
     * @param kind     what kind
     * @param title    its name as written on it
     * @param issuer   who issued it
     * @param issuedOn when
     * @param now      when it is recorded
     */
    public Certificate(String userId, CertificateKind kind, String title, String issuer, LocalDate issuedOn,
                       Instant now) {
        this.userId = userId;
        this.kind = kind.code();
        this.title = title;
        this.issuer = issuer;
        this.issuedOn = issuedOn;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * The secretariat has checked it (again: the latest check counts).
     *
     * @param by  who checked
     * @param now when
     */
    public void verify(String by, Instant now) {
        verifiedBy = by;
        verifiedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return whose */
    public String userId() {
        return userId;
    }

    /** @return what kind */
    public CertificateKind kind() {
        return Coded.byCode(CertificateKind.values(), kind).orElse(CertificateKind.OTHER);
    }

    /** @return its name */
    public String title() {
        return title;
    }

    /** @return who issued it */
    public String issuer() {
        return issuer;
    }

    /** @return when */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** @return when the secretariat checked it, if it did */
    public Optional<Instant> verifiedAt() {
        return Optional.ofNullable(verifiedAt).map(OffsetDateTime::toInstant);
    }
}
