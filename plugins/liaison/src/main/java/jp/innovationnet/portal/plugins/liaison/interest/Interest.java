package jp.innovationnet.portal.plugins.liaison.interest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * An expression of interest in an opportunity, by someone of another organization or an overseas partner, and how
 * far it went ({@link InterestStatus}); its steps change only through {@link Interests}. Kept out of the shared cache,
 * so that
 * every server of a cluster reads the step the last one took.
 */
@Cacheable(false)
@Entity
@Table(name = "liaison_interest")
public class Interest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "opportunity_id")
    private long opportunityId;
    @Column(name = "author_id")
    private String authorId;
    @Column(name = "author_name")
    private String authorName;
    @Column(name = "organization_id")
    private String organizationId;
    private String who;
    private String capability;
    private String why;
    private String status;
    private String agreement;
    private String note;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "introduced_at")
    private OffsetDateTime introducedAt;
    @Column(name = "agreed_at")
    private OffsetDateTime agreedAt;
    @Version
    private int version;

    protected Interest() {
    }

    /**
     * @param opportunityId  the opportunity
     * @param authorId       who expresses it
     * @param authorName     their name
     * @param organizationId the organization they act for; null for none
     * @param content        who they are, which capability, why
     * @param now            when
     */
    public Interest(long opportunityId, String authorId, String authorName, String organizationId,
                    InterestContent content, Instant now) {
        this.opportunityId = opportunityId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.organizationId = organizationId;
        this.who = content.who();
        this.capability = content.capability();
        this.why = content.why();
        this.status = InterestStatus.EXPRESSED.code();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    void step(InterestStatus next, AgreementKind kind, String stepNote, Instant now) {
        status = next.code();
        note = stepNote;
        if (next == InterestStatus.INTRODUCED) {
            introducedAt = now.atOffset(ZoneOffset.UTC);
        } else if (next == InterestStatus.AGREEMENT) {
            agreement = kind.code();
            agreedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return the opportunity */
    public long opportunityId() {
        return opportunityId;
    }

    /** @return who expressed it */
    public String authorId() {
        return authorId;
    }

    /** @return their name */
    public String authorName() {
        return authorName;
    }

    /** @return the organization they act for; null for none */
    public String organizationId() {
        return organizationId;
    }

    /** @return who they are, which capability, why */
    public InterestContent content() {
        return new InterestContent(who, capability, why);
    }

    /** @return where it is */
    public InterestStatus status() {
        return Coded.byCode(InterestStatus.values(), status).orElseThrow();
    }

    /** @return the agreement's kind once agreed; null before */
    public AgreementKind agreement() {
        return agreement == null ? null : Coded.byCode(AgreementKind.values(), agreement).orElseThrow();
    }

    /** @return the intermediary's note on the last step; null for none */
    public String note() {
        return note;
    }

    /** @return when it was expressed */
    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
