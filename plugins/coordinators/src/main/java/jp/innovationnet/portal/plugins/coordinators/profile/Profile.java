package jp.innovationnet.portal.plugins.coordinators.profile;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.text.Lines;

/**
 * A coordinator's profile, one per person whichever members they work for, keyed by their user id. Texts are kept
 * as written; closed lists as their codes, one a line; tags as typed (their folded forms are search terms).
 */
@Entity
@Table(name = "coordinators_profile")
public class Profile {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "summary_ja")
    private String summaryJa;

    @Column(name = "summary_en")
    private String summaryEn;

    private String region;

    private String prefectures;

    private String fields;

    private String services;

    private String tags;

    private String industries;

    private String languages;

    @Column(name = "background_ja")
    private String backgroundJa;

    @Column(name = "background_en")
    private String backgroundEn;

    private String programmes;

    @Column(name = "help_available")
    private boolean helpAvailable;

    @Column(name = "visits_available")
    private boolean visitsAvailable;

    @Column(name = "availability_ja")
    private String availabilityJa;

    @Column(name = "availability_en")
    private String availabilityEn;

    @Column(name = "expertise_audience")
    private String expertiseAudience;

    @Column(name = "background_audience")
    private String backgroundAudience;

    @Column(name = "programmes_audience")
    private String programmesAudience;

    @Column(name = "availability_audience")
    private String availabilityAudience;

    /** The widest audience of any part, as its rank: who may find the profile at all. */
    @Column(name = "open_rank")
    private int openRank;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Profile() {
    }

    /**
     * @param userId      whose profile
     * @param displayName their name as the directory gives it
     */
    public Profile(String userId, String displayName) {
        this.userId = userId;
        this.displayName = displayName;
    }

    /**
     * Replaces everything the profile says.
     *
     * @param content what it says now
     * @param name    the person's name as the directory gives it now
     * @param editor  who changed it
     * @param now     when
     */
    public void replace(ProfileContent content, String name, String editor, Instant now) {
        displayName = name;
        summaryJa = content.summaryJa();
        summaryEn = content.summaryEn();
        region = content.region();
        prefectures = Lines.join(content.prefectures());
        fields = Lines.join(content.fields());
        services = Lines.join(content.services());
        tags = Lines.join(content.tags());
        industries = Lines.join(content.industries());
        languages = Lines.join(content.languages());
        backgroundJa = content.backgroundJa();
        backgroundEn = content.backgroundEn();
        programmes = Lines.join(content.programmes());
        helpAvailable = content.helpAvailable();
        visitsAvailable = content.visitsAvailable();
        availabilityJa = content.availabilityJa();
        availabilityEn = content.availabilityEn();
        Map<ProfilePart, Audience> audiences = content.audiences();
        expertiseAudience = audiences.get(ProfilePart.EXPERTISE).code();
        backgroundAudience = audiences.get(ProfilePart.BACKGROUND).code();
        programmesAudience = audiences.get(ProfilePart.PROGRAMMES).code();
        availabilityAudience = audiences.get(ProfilePart.AVAILABILITY).code();
        openRank = audiences.values().stream().mapToInt(Audience::rank).min().orElseThrow();
        updatedAt = now.atOffset(ZoneOffset.UTC);
        updatedBy = editor;
    }

    /** @return what the profile says */
    public ProfileContent content() {
        Map<ProfilePart, Audience> audiences = new EnumMap<>(ProfilePart.class);
        audiences.put(ProfilePart.EXPERTISE, audience(expertiseAudience));
        audiences.put(ProfilePart.BACKGROUND, audience(backgroundAudience));
        audiences.put(ProfilePart.PROGRAMMES, audience(programmesAudience));
        audiences.put(ProfilePart.AVAILABILITY, audience(availabilityAudience));
        return new ProfileContent(summaryJa, summaryEn, region, list(prefectures), list(fields), list(services),
                list(tags), list(industries), list(languages), backgroundJa, backgroundEn, list(programmes),
                helpAvailable, visitsAvailable, availabilityJa, availabilityEn, audiences);
    }

    private static Audience audience(String code) {
        return Coded.byCode(Audience.values(), code).orElseThrow();
    }

    private static List<String> list(String lines) {
        return Lines.split(lines);
    }

    /** @return whose profile */
    public String userId() {
        return userId;
    }

    /** @return their name */
    public String displayName() {
        return displayName;
    }

    /** @return when it last changed */
    public Instant updatedAt() {
        return updatedAt == null ? null : updatedAt.toInstant();
    }
}
