package jp.innovationnet.portal.plugins.liaison.follow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityContent;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityKind;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/**
 * What someone follows: one opportunity (its renewals), or a saved search by kind, field and country (new
 * publications). It keeps the follower's reach and organization, so alerts name only what the follower may read. Its
 * mark moves by an SQL update
 * ({@link Follows#claim}), so it is kept out of the shared cache.
 */
@Cacheable(false)
@Entity
@Table(name = "liaison_follow")
public class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private String userId;
    @Column(name = "organization_id")
    private String organizationId;
    private int reach;
    @Column(name = "opportunity_id")
    private Long opportunityId;
    private String kind;
    private String field;
    private String country;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "checked_until")
    private OffsetDateTime checkedUntil;

    protected Follow() {
    }

    /**
     * @param reader        the follower
     * @param opportunityId the opportunity followed; null for a search
     * @param kind          the kind searched; null for any
     * @param field         the field searched; null for any
     * @param country       the country searched; null for any
     * @param now           when: alerts bring what is published after it
     */
    public Follow(Reader reader, Long opportunityId, OpportunityKind kind, ActivityField field, String country,
                  Instant now) {
        this.userId = reader.userId();
        this.organizationId = reader.organizationId().orElse(null);
        this.reach = reader.reach();
        this.opportunityId = opportunityId;
        this.kind = kind == null ? null : kind.code();
        this.field = field == null ? null : field.code();
        this.country = country;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.checkedUntil = createdAt;
    }

    /**
     * @param opportunity a published opportunity
     * @return whether it is one the follower wants to hear of and may know of (never their own organization's)
     */
    public boolean matches(Opportunity opportunity) {
        Reader follower = follower();
        if (follower.actsFor(opportunity.organizationId()) || !Opportunities.visibleTo(follower, opportunity)) {
            return false;
        }
        if (opportunityId != null) {
            return opportunityId == opportunity.id();
        }
        OpportunityContent content = opportunity.content();
        return (kind == null || content.kind().code().equals(kind))
                && (field == null || content.fields().stream().anyMatch(f -> f.code().equals(field)))
                && (country == null || content.countries().contains(country));
    }

    /** @return the follower as a reader, with the reach they had when they followed */
    public Reader follower() {
        return new Reader(userId, Optional.ofNullable(organizationId), reach, false, true,
                Locale.ENGLISH);
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return the follower's user id */
    public String userId() {
        return userId;
    }

    /** @return the opportunity followed; null for a search */
    public Long opportunityId() {
        return opportunityId;
    }

    /** @return the kind searched; null for any */
    public OpportunityKind kind() {
        return kind == null ? null : Coded.byCode(OpportunityKind.values(), kind).orElseThrow();
    }

    /** @return the field searched; null for any */
    public ActivityField field() {
        return field == null ? null : Coded.byCode(ActivityField.values(), field).orElseThrow();
    }

    /** @return the country searched; null for any */
    public String country() {
        return country;
    }

    /** @return up to when the alerts have brought what was published */
    public Instant checkedUntil() {
        return checkedUntil.toInstant();
    }
}
