package jp.innovationnet.portal.directory;

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
        return "ACTIVE".equals(status);
    }
}
