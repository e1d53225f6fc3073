package jp.innovationnet.portal.membership.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.membership.organization.Converters;
import jp.innovationnet.portal.membership.organization.MembershipClass;

/**
 * An application for membership made through the public form: who applied, for which class, with what message. The
 * applying organization is an {@link jp.innovationnet.portal.membership.organization.Organization} in status
 * {@code applied} from the start; its status is the application's status. The applicant reaches the application
 * through a private link whose token only they have (the portal keeps its SHA-256 hash).
 */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private String organizationId;

    @Column(name = "applicant_name", nullable = false)
    private String applicantName;

    @Column(name = "applicant_email", nullable = false)
    private String applicantEmail;

    @Column(name = "applicant_phone")
    private String applicantPhone;

    @Column(nullable = false)
    private String language;

    @Column(name = "desired_class", nullable = false)
    @Convert(converter = Converters.Class.class)
    private MembershipClass desiredClass;

    @Column(length = 4000)
    private String message;

    @Column(name = "access_token_hash", nullable = false, unique = true, updatable = false)
    private String accessTokenHash;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Version
    private long version;

    protected MembershipApplication() {
    }

    /**
     * @param reference       the reference the applicant and the secretariat quote
     * @param organizationId  the applying organization
     * @param applicant       who applied
     * @param desiredClass    the class applied for
     * @param message         the applicant's message, if any
     * @param accessTokenHash the hash of the private link's token
     */
    public MembershipApplication(String reference, String organizationId, Applicant applicant,
                                 MembershipClass desiredClass, String message, String accessTokenHash) {
        this.reference = reference;
        this.organizationId = organizationId;
        this.applicantName = applicant.name();
        this.applicantEmail = applicant.email();
        this.applicantPhone = applicant.phone();
        this.language = applicant.language().getLanguage();
        this.desiredClass = desiredClass;
        this.message = message;
        this.accessTokenHash = accessTokenHash;
        this.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    /** @return who applied */
    public Applicant applicant() {
        return new Applicant(applicantName, applicantEmail, applicantPhone, Locale.of(language));
    }

    public MembershipClass getDesiredClass() {
        return desiredClass;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
