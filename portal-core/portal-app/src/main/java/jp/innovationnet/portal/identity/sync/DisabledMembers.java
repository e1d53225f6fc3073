package jp.innovationnet.portal.identity.sync;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The users the sync disabled in Keycloak, per organization ({@link DisabledMember}). */
@ApplicationScoped
public class DisabledMembers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** @param alias an organization @return the users the sync disabled for it */
    @Transactional
    public List<String> of(String alias) {
        return em.createQuery("select d.userId from DisabledMember d where d.organizationId = :org", String.class)
                .setParameter("org", alias).getResultList();
    }

    /** @param alias an organization @param userId a user about to be disabled for it */
    @Transactional
    public void remember(String alias, String userId) {
        if (em.find(DisabledMember.class, new DisabledMember.Key(alias, userId)) == null) {
            em.persist(new DisabledMember(alias, userId));
        }
    }

    /** @param alias an organization @param userId a user enabled again */
    @Transactional
    public void forget(String alias, String userId) {
        DisabledMember row = em.find(DisabledMember.class, new DisabledMember.Key(alias, userId));
        if (row != null) {
            em.remove(row);
        }
    }
}
