package jp.innovationnet.portal.plugins.coordinators.supportcase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.TermIndex;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * The case knowledge base: cases kept, and published ones indexed for search in the same transaction (a draft has no
 * search terms: nobody but its author and reviewer may find it). The company's name is never indexed.
 */
public final class Cases {

    private final Terms analysis;

    /** @param analysis how texts become search terms */
    public Cases(Terms analysis) {
        this.analysis = analysis;
    }

    /**
     * @param em the request's entity manager
     * @param id a case id
     * @return the case, whoever may see it
     */
    public Optional<SupportCase> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(SupportCase.class, id));
    }

    /**
     * @param em  the request's entity manager
     * @param ids case ids
     * @return those cases
     */
    public List<SupportCase> findAll(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from SupportCase c where c.id in :ids", SupportCase.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * @param em     the request's entity manager
     * @param userId a coordinator
     * @return the unpublished cases they write or review, latest change first
     */
    public List<SupportCase> unpublishedOf(EntityManager em, String userId) {
        return em.createQuery("select c from SupportCase c where c.status <> 'published'"
                        + " and (c.authorId = :user or c.reviewerId = :user) order by c.updatedAt desc, c.id desc",
                SupportCase.class).setParameter("user", userId).setMaxResults(200).getResultList();
    }

    /**
     * @param em        the request's entity manager
     * @param supported the new draft
     * @return it, with its id
     */
    public SupportCase add(EntityManager em, SupportCase supported) {
        em.persist(supported);
        em.flush();
        return supported;
    }

    /**
     * Publishes a case in review and indexes it for search.
     *
     * @param em       the request's entity manager
     * @param reviewed the case
     * @param userId   its reviewer
     * @param now      when
     */
    public void publish(EntityManager em, SupportCase reviewed, String userId, Instant now) {
        reviewed.approve(userId, now);
        em.flush();
        CaseContent content = reviewed.content();
        Audience audience = content.audience();
        Audience text = content.language() == CaseLanguage.EN ? audience : audience.ofJapanese();
        IndexedTerms terms = new IndexedTerms(analysis)
                .words(content.title(), text).words(content.challenge(), text).words(content.approach(), text)
                .words(content.lessons(), text)
                .codes(Facet.INDUSTRY, List.of(content.companyIndustry()), audience)
                .codes(Facet.REGION, List.of(content.companyRegion()), audience)
                .codes(Facet.PROGRAMME, content.programmes(), audience)
                .codes(Facet.OUTCOME, content.outcomes().stream().map(Outcome::code).toList(), audience)
                .codes(Facet.FACTOR, content.factors().stream().map(SuccessFactor::code).toList(), audience)
                .tags(content.tags(), audience);
        TermIndex.replace(em, TermIndex.Kind.CASE, String.valueOf(reviewed.id()), reviewed.authorId(), terms);
    }
}
