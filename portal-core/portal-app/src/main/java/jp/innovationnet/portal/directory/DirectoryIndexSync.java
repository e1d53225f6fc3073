package jp.innovationnet.portal.directory;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import jp.innovationnet.portal.membership.organization.Organization;

/**
 * Keeps the directory index in step with the database: a JPA entity listener of {@link Organization} (declared in
 * {@code META-INF/orm.xml}, so it sees every write of an organization, whoever makes it) that takes the entry as it
 * is flushed and applies it to the index once the transaction has committed; a rolled-back change never reaches the
 * index. The entries of one transaction are applied together, the last state of each organization winning.
 */
public class DirectoryIndexSync {

    private static final Logger LOG = Logger.getLogger(DirectoryIndexSync.class.getName());
    private static final String PENDING = DirectoryIndexSync.class.getName() + ".pending";

    @PostPersist
    @PostUpdate
    void changed(Organization organization) {
        pending().ifPresentOrElse(p -> p.changed(DirectoryEntry.of(organization)),
                () -> search().apply(Set.of(DirectoryEntry.of(organization)), Set.of()));
    }

    @PostRemove
    void removed(Organization organization) {
        pending().ifPresentOrElse(p -> p.removed(organization.getId()),
                () -> search().apply(Set.of(), Set.of(organization.getId())));
    }

    private static DirectorySearch search() {
        return CDI.current().select(DirectorySearch.class).get();
    }

    /** @return this transaction's pending changes (registered for after completion), or empty outside one */
    private static java.util.Optional<Pending> pending() {
        TransactionSynchronizationRegistry transactions = transactions();
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return java.util.Optional.empty();
        }
        Pending pending = (Pending) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new Pending();
            transactions.putResource(PENDING, pending);
            transactions.registerInterposedSynchronization(pending);
        }
        return java.util.Optional.of(pending);
    }

    private static TransactionSynchronizationRegistry transactions() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException e) {
            LOG.log(Level.FINE, "No transaction synchronization registry", e);
            return null;
        }
    }

    /** The changes of one transaction, applied to the index after it commits. */
    private static final class Pending implements Synchronization {
        private final Map<String, DirectoryEntry> changed = new LinkedHashMap<>();
        private final Set<String> removed = new LinkedHashSet<>();

        void changed(DirectoryEntry entry) {
            removed.remove(entry.id());
            changed.put(entry.id(), entry);
        }

        void removed(String id) {
            changed.remove(id);
            removed.add(id);
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            try {
                search().apply(changed.values(), removed);
            } catch (RuntimeException e) {
                // the transaction has committed; the index catches up at the next start
                LOG.log(Level.SEVERE, "The directory index missed " + changed.keySet() + removed, e);
            }
        }
    }
}
