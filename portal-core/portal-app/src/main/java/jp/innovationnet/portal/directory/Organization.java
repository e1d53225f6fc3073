package jp.innovationnet.portal.directory;

import java.util.Optional;

import jp.innovationnet.portal.plugin.api.event.CoreEvent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organization of the network: a member, a steering agency, the secretariat or an overseas partner. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private String id;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String kind;

    @Column(name = "legal_form")
    private String legalForm;

    private String prefecture;

    private String region;

    @Column(nullable = false)
    private String status;

    @Version
    private long version;

    protected Organization() {
    }

    /**
     * A new organization, active from the start.
     *
     * @param id         its alias (also its Keycloak organization alias)
     * @param nameJa     its Japanese name, as it writes it
     * @param nameEn     its English name
     * @param kind       member, steering-agency, secretariat or overseas-partner
     * @param prefecture its prefecture, if in Japan
     * @param region     its region
     */
    public Organization(String id, String nameJa, String nameEn, String kind, String prefecture, String region) {
        this.id = id;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.kind = kind;
        this.prefecture = prefecture;
        this.region = region;
        this.status = MembershipStatus.ACTIVE.name();
    }

    /**
     * @param next the new status
     * @return the event of this change, or empty when nothing changes
     */
    Optional<CoreEvent.Type> changeStatus(MembershipStatus next) {
        MembershipStatus current = MembershipStatus.valueOf(status);
        if (current == next) {
            return Optional.empty();
        }
        if (current == MembershipStatus.WITHDRAWN) {
            throw new IllegalStateException("a withdrawn organization stays withdrawn");
        }
        status = next.name();
        return Optional.of(switch (next) {
            case ACTIVE -> CoreEvent.Type.ORGANIZATION_REINSTATED;
            case SUSPENDED -> CoreEvent.Type.ORGANIZATION_SUSPENDED;
            case WITHDRAWN -> CoreEvent.Type.ORGANIZATION_WITHDRAWN;
        });
    }

    public String getId() {
        return id;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getKind() {
        return kind;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getRegion() {
        return region;
    }

    public String getStatus() {
        return status;
    }

    /** @return whether its membership is active */
    public boolean isActive() {
        return MembershipStatus.ACTIVE.name().equals(status);
    }
}
