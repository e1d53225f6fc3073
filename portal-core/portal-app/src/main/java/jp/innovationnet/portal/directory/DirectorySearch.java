package jp.innovationnet.portal.directory;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.innovationnet.portal.membership.organization.Organization;

/**
 * The directory's search over every organization's public data. The index lives in memory: it is built from the
 * database when the application starts (after the core's migrations) and kept in step by
 * {@link DirectoryIndexSync} after every committed change of an organization. One index per server: a cluster of
 * portal servers would need a shared search engine instead.
 */
@ApplicationScoped
public class DirectorySearch {

    private static final Logger LOG = Logger.getLogger(DirectorySearch.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private final OrganizationIndex index = new OrganizationIndex();

    void build(@Observes @Initialized(ApplicationScoped.class) Object started) {
        rebuild();
    }

    /** Builds the index afresh from the database. */
    public void rebuild() {
        long begin = System.nanoTime();
        List<DirectoryEntry> entries = em.createQuery("select o from Organization o", Organization.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.fields")
                .setHint("eclipselink.batch", "o.services")
                .setHint("eclipselink.batch", "o.domains")
                .setHint("eclipselink.batch", "o.contacts") // read by Organization.profile(), though not indexed
                .getResultList().stream().map(DirectoryEntry::of).toList();
        index.replaceAll(entries);
        LOG.info(() -> "Directory index built: " + entries.size() + " organizations in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms");
    }

    /**
     * @param query a search
     * @return the page it asks for
     */
    public DirectoryPage search(DirectoryQuery query) {
        return index.search(query);
    }

    /**
     * Applies committed changes (called by {@link DirectoryIndexSync}).
     *
     * @param changed organizations as they were committed
     * @param removed aliases of deleted organizations
     */
    void apply(Collection<DirectoryEntry> changed, Collection<String> removed) {
        index.update(changed, removed);
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the directory index failed", e);
        }
    }
}
