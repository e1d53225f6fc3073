package jp.innovationnet.portal.plugins.coordinators.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Prefecture;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.TermIndex;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/** The coordinators' profiles: kept with their search terms in one transaction. */
public final class Profiles {

    private final Terms analysis;

    /** @param analysis how texts become search terms */
    public Profiles(Terms analysis) {
        this.analysis = analysis;
    }

    /**
     * @param em     the request's entity manager
     * @param userId whose
     * @return their profile, if they wrote one
     */
    public Optional<Profile> find(EntityManager em, String userId) {
        return Optional.ofNullable(em.find(Profile.class, userId));
    }

    /**
     * @param em      the request's entity manager
     * @param userIds some user ids
     * @return the profiles among them
     */
    public List<Profile> findAll(EntityManager em, List<String> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Profile p where p.userId in :ids", Profile.class)
                .setParameter("ids", userIds).getResultList();
    }

    /**
     * Writes a profile (the first one or over the last) and its search terms.
     *
     * @param em      the request's entity manager
     * @param userId  whose
     * @param name    their name as the directory gives it
     * @param content what it says
     * @param editor  who writes it: its owner or the secretariat
     * @param now     when
     * @return the profile
     */
    public Profile save(EntityManager em, String userId, String name, ProfileContent content, String editor,
                        Instant now) {
        Profile profile = find(em, userId).orElseGet(() -> {
            Profile created = new Profile(userId, name);
            em.persist(created);
            return created;
        });
        profile.replace(content, name, editor, now);
        em.flush();
        TermIndex.replace(em, TermIndex.Kind.PROFILE, userId, userId, termsOf(content));
        return profile;
    }

    private IndexedTerms termsOf(ProfileContent content) {
        Audience expertise = content.audienceOf(ProfilePart.EXPERTISE);
        Audience background = content.audienceOf(ProfilePart.BACKGROUND);
        List<String> regions = Stream.concat(Stream.of(content.region()),
                content.prefectures().stream().map(code -> Coded.byCode(Prefecture.values(), code).orElseThrow()
                        .region().code())).distinct().toList();
        return new IndexedTerms(analysis)
                .words(content.summaryEn(), expertise).words(content.summaryJa(), expertise.ofJapanese())
                .codes(Facet.REGION, regions, expertise)
                .codes(Facet.FIELD, content.fields(), expertise)
                .codes(Facet.SERVICE, content.services(), expertise)
                .codes(Facet.INDUSTRY, content.industries(), expertise)
                .codes(Facet.LANGUAGE, content.languages(), expertise)
                .tags(content.tags(), expertise)
                .words(content.backgroundEn(), background).words(content.backgroundJa(), background.ofJapanese())
                .codes(Facet.PROGRAMME, content.programmes(), content.audienceOf(ProfilePart.PROGRAMMES));
    }
}
