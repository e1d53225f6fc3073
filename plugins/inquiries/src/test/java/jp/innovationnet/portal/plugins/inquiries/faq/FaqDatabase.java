package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import jp.innovationnet.portal.plugins.inquiries.TestDatabase;

/**
 * The {@link TestDatabase} of the FAQ's tests, with work done in committed transactions as the routes do it.
 */
final class FaqDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    FaqDatabase() throws Exception {
        factory = TestDatabase.migrated("inquiries-faq");
    }

    /** @param work what to do in one committed transaction */
    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
