package jp.innovationnet.portal.notification;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Stores notifications and finds those meant for a user. */
@ApplicationScoped
public class NotificationInbox {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** @param notification the notification to deliver */
    @Transactional
    public void deliver(Notification notification) {
        em.persist(notification);
    }

    /**
     * @param userId         a user id
     * @param organizationId the user's organization, if any
     * @param roles          the user's roles
     * @param limit          how many at most
     * @return the notifications addressed to the user, their organization or one of their roles, newest first
     */
    public List<Notification> forUser(String userId, Optional<String> organizationId, Set<String> roles, int limit) {
        return em.createQuery("select n from Notification n where (n.recipientKind = 'USER' and n.recipient = :user)"
                        + " or (n.recipientKind = 'ORGANIZATION' and n.recipient = :org)"
                        + " or (n.recipientKind = 'ROLE' and n.recipient in :roles)"
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("user", userId)
                .setParameter("org", organizationId.orElse(""))
                .setParameter("roles", roles.isEmpty() ? Set.of("") : roles)
                .setMaxResults(limit)
                .getResultList();
    }
}
