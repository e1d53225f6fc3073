package jp.innovationnet.portal.plugins.liaison.interest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.Refusal;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityStatus;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;

/**
 * Expressions of interest: never on one's own organization's opportunity nor on one that is not published, one open
 * at a time per person and opportunity; their steps in the pipeline's order, taken by the intermediary.
 */
public final class Interests {

    /**
     * @param opportunity the opportunity, which the reader may know of
     * @param reader      who expresses interest
     * @return the new expression of interest, kept
     */
    public Interest express(EntityManager em, Opportunity opportunity, Reader reader, String authorName,
                            InterestContent content, Instant now) {
        if (reader.actsFor(opportunity.organizationId())) {
            throw Refusal.invalid("opportunity", LiaisonWording.OWN_OPPORTUNITY);
        }
        if (opportunity.status() != OpportunityStatus.PUBLISHED) {
            throw Refusal.conflict("opportunity", LiaisonWording.NOT_PUBLISHED);
        }
        boolean open = of(em, opportunity.id()).stream()
                .anyMatch(i -> i.authorId().equals(reader.userId()) && i.status().open());
        if (open) {
            throw Refusal.conflict("opportunity", LiaisonWording.ALREADY_INTERESTED);
        }
        Interest interest = new Interest(opportunity.id(), reader.userId(), authorName,
                reader.organizationId().orElse(null), content, now);
        em.persist(interest);
        em.flush();
        return interest;
    }

    /**
     * Takes the next step (409 naming {@code step} when it cannot follow the current one).
     *
     * @param agreement the agreement's kind, needed for {@link InterestStatus#AGREEMENT} (the route checks it)
     */
    public void step(Interest interest, InterestStatus next, AgreementKind agreement, String note, Instant now) {
        if (!interest.status().next().contains(next)) {
            throw Refusal.conflict("step", LiaisonWording.STEP_OUT_OF_ORDER, interest.status());
        }
        if (next == InterestStatus.AGREEMENT && agreement == null) {
            throw new IllegalArgumentException("an agreement needs its kind");
        }
        interest.step(next, agreement, note, now);
    }

    /** @return the expression of interest, if any */
    public Optional<Interest> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Interest.class, id));
    }

    /** @return the expressions of interest in one opportunity, oldest first */
    public List<Interest> of(EntityManager em, long opportunityId) {
        return em.createQuery("select i from Interest i where i.opportunityId = :id order by i.id", Interest.class)
                .setParameter("id", opportunityId).getResultList();
    }

    /**
     * @param userId       a person
     * @param organization the organization they act for, or empty
     * @return the pipeline they see: the interests they expressed and those in their organization's opportunities
     */
    public List<Interest> pipelineOf(EntityManager em, String userId, String organization) {
        return em.createQuery("select i from Interest i where i.authorId = :user or i.opportunityId in"
                        + " (select o.id from Opportunity o where o.organizationId = :org) order by i.id desc",
                Interest.class).setParameter("user", userId).setParameter("org", organization)
                .setMaxResults(500).getResultList();
    }
}
