package jp.innovationnet.portal.membership.organization;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.innovationnet.portal.text.JapaneseText;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An organization of the network: a member (full or supporting), a steering agency, the secretariat or an overseas
 * partner, from its application to its withdrawal. Its alias is also its Keycloak organization's alias.
 */
@Entity
@Table(name = "organization")
public class Organization {

    private static final int NAME_KEY_MAX = 200;

    @Id
    private String id;

    @Column(nullable = false)
    @Convert(converter = Converters.Kind.class)
    private OrganizationKind kind;

    @Column(name = "membership_class")
    @Convert(converter = Converters.Class.class)
    private MembershipClass membershipClass;

    @Column(name = "member_number")
    private Integer memberNumber;

    @Column(nullable = false)
    @Convert(converter = Converters.Status.class)
    private MembershipStatus status;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_reading")
    private String nameReading;

    /** The Japanese name folded by {@link JapaneseText#foldName}: what duplicate detection compares. */
    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "legal_form")
    @Convert(converter = Converters.Legal.class)
    private LegalForm legalForm;

    @Column(name = "prefecture")
    @Convert(converter = Converters.PrefectureCode.class)
    private Prefecture prefecture;

    @Convert(converter = Converters.RegionName.class)
    private Region region;

    @Column(name = "postal_code")
    private String postalCode;

    @Column(name = "address_ja")
    private String addressJa;

    @Column(name = "address_en")
    private String addressEn;

    private String website;

    @Column(name = "profile_ja", length = 4000)
    private String profileJa;

    @Column(name = "profile_en", length = 4000)
    private String profileEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_field", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "field")
    @Convert(converter = Converters.Field.class)
    private Set<ActivityField> fields = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_service", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "service")
    @Convert(converter = Converters.Service.class)
    private Set<SupportService> services = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organization_contact", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_domain", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "domain")
    private Set<String> domains = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Organization() {
    }

    /**
     * @param id      its alias: lower-case letters, digits and '-'
     * @param kind    its part in the network
     * @param profile what it says about itself
     * @param status  where it starts: {@link MembershipStatus#APPLIED} for an application, else
     *                {@link MembershipStatus#ACTIVE}
     */
    public Organization(String id, OrganizationKind kind, OrganizationProfile profile, MembershipStatus status) {
        this.id = id;
        this.kind = kind;
        this.status = status;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(profile);
    }

    /**
     * Replaces what the organization says about itself.
     *
     * @param next the new profile
     * @return what changed, field by field (empty when nothing did)
     */
    public Map<String, OrganizationProfile.Change> updateProfile(OrganizationProfile next) {
        Map<String, OrganizationProfile.Change> changes = profile().changesTo(next);
        if (!changes.isEmpty()) {
            apply(next);
        }
        return changes;
    }

    private void apply(OrganizationProfile p) {
        nameJa = p.nameJa();
        nameKey = nameKeyOf(p.nameJa());
        nameEn = p.nameEn();
        nameReading = p.nameReading();
        legalForm = p.legalForm();
        prefecture = p.prefecture();
        region = p.region();
        postalCode = p.postalCode();
        addressJa = p.addressJa();
        addressEn = p.addressEn();
        website = p.website();
        fields.clear();
        fields.addAll(p.fields());
        services.clear();
        services.addAll(p.services());
        profileJa = p.profileJa();
        profileEn = p.profileEn();
        contacts.clear();
        contacts.addAll(p.contacts());
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * @param nameJa a Japanese name
     * @return its key for duplicate detection: {@link JapaneseText#foldName}, at most 200 characters
     */
    public static String nameKeyOf(String nameJa) {
        String key = JapaneseText.foldName(nameJa);
        return key.length() > NAME_KEY_MAX ? key.substring(0, NAME_KEY_MAX) : key;
    }

    /** @return what the organization says about itself */
    public OrganizationProfile profile() {
        return new OrganizationProfile(nameJa, nameEn, nameReading, legalForm, prefecture, region, postalCode,
                addressJa, addressEn, website, fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields),
                services.isEmpty() ? Set.of() : EnumSet.copyOf(services), profileJa, profileEn, contacts);
    }

    /**
     * Classifies it (the secretariat's decision, not the organization's).
     *
     * @param nextKind   its part in the network
     * @param nextClass  its membership class (members only), or null
     * @param number     its member number in the published list, or null
     */
    public void classify(OrganizationKind nextKind, MembershipClass nextClass, Integer number) {
        this.kind = nextKind;
        this.membershipClass = nextKind == OrganizationKind.MEMBER ? nextClass : null;
        this.memberNumber = number;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Sets the e-mail domains its people use (they route logins to its own identity provider, when it has one).
     *
     * @param next the domains, lower case
     */
    public void changeDomains(Set<String> next) {
        domains.clear();
        domains.addAll(next);
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Moves it along its membership lifecycle.
     *
     * @param next the new status
     * @return the core event plugins hear of, or empty when the step is not one they care about
     * @throws IllegalStateException when {@code next} may not follow the current status
     */
    public Optional<MembershipEvent.Kind> changeStatus(MembershipStatus next) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("an organization that is " + status.code() + " cannot become "
                    + next.code() + " (allowed: " + String.join(", ", status.next().stream().map(Coded::code).toList())
                    + ")");
        }
        MembershipStatus before = status;
        status = next;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return switch (next) {
            case ACTIVE -> Optional.of(before == MembershipStatus.SUSPENDED
                    ? MembershipEvent.Kind.REINSTATED : MembershipEvent.Kind.ADMITTED);
            case SUSPENDED -> Optional.of(MembershipEvent.Kind.SUSPENDED);
            case WITHDRAWN -> Optional.of(MembershipEvent.Kind.WITHDRAWN);
            default -> Optional.empty();
        };
    }

    public String getId() {
        return id;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public MembershipClass getMembershipClass() {
        return membershipClass;
    }

    public Integer getMemberNumber() {
        return memberNumber;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getNameJa() {
        return nameJa;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public Region getRegion() {
        return region;
    }

    /** @return its e-mail domains */
    public Set<String> getDomains() {
        return Set.copyOf(domains);
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** @return the optimistic-lock version: an edit based on an older version is refused */
    public long getVersion() {
        return version;
    }

    /** @return whether its users have access */
    public boolean isActive() {
        return status.grantsAccess();
    }
}
