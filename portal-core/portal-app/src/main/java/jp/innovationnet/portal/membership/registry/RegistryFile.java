package jp.innovationnet.portal.membership.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * The registry's CSV import and export. A dry run reads and checks a file against the registry and writes nothing;
 * a real run does the same in one transaction and, only when there is no error, registers every row through
 * {@link OrganizationRegistry#register} (so each gets its membership history and audit entry, with the file and line
 * as the reason); with any error, nothing is registered.
 */
@ApplicationScoped
public class RegistryFile {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationRegistry registry;

    private final RegistryCsvReader reader = new RegistryCsvReader();
    private final RegistryCsvWriter writer = new RegistryCsvWriter();

    /**
     * @param file    the file's name, for the report
     * @param content the file
     * @return every problem found and the alias each row would get; nothing is written
     */
    @Transactional
    public ImportReport dryRun(String file, byte[] content) {
        return reader.read(file, content, snapshot());
    }

    /**
     * @param file    the file's name, for the report and the organizations' history
     * @param content the file
     * @param actor   who imports it
     * @return the report, with the number of organizations registered
     * @throws ImportRejectedException if the file has any error (nothing is registered)
     */
    @Transactional
    public ImportReport importAll(String file, byte[] content, PortalCaller actor) {
        ImportReport report = reader.read(file, content, snapshot());
        if (report.hasErrors()) {
            throw new ImportRejectedException(report.refused());
        }
        for (ImportRow row : report.rowsRead()) {
            try {
                registry.register(row.toOrganization(), actor, "import " + file + " line " + row.line());
            } catch (OrganizationRegistry.DuplicateOrganizationException e) {
                // registered by someone else since the check: refuse the whole file
                List<ImportProblem> problems = new ArrayList<>(report.problems());
                problems.add(new ImportProblem(row.line(), RegistryColumn.ALIAS.header(), ImportProblem.Severity.ERROR,
                        "この別名の団体が登録済みです: " + row.alias(), e.getMessage()));
                throw new ImportRejectedException(new ImportReport(file, false, report.rows(), 0, report.rowsRead(),
                        problems));
            }
            // written now, and forgotten: else every flush re-checks all the rows registered before (quadratic)
            em.flush();
            em.clear();
        }
        return report.imported(report.rowsRead().size());
    }

    /** @return the whole registry as CSV (see {@link RegistryCsvWriter}), by member number, then alias */
    @Transactional
    public byte[] export() {
        List<Organization> organizations = em.createQuery(
                        "select o from Organization o order by o.memberNumber, o.id", Organization.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "o.fields")
                .setHint("eclipselink.batch", "o.services")
                .setHint("eclipselink.batch", "o.contacts")
                .setHint("eclipselink.batch", "o.domains")
                .getResultList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(organizations, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private RegistrySnapshot snapshot() {
        Set<String> aliases = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("select o.id, o.nameJa from Organization o", Object[].class)
                .getResultList()) {
            aliases.add((String) row[0]);
            names.putIfAbsent(JapaneseText.foldName((String) row[1]), (String) row[0]);
        }
        return new RegistrySnapshot(aliases, names);
    }
}
