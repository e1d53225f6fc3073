package jp.innovationnet.portal.plugin.host.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

import jp.innovationnet.portal.plugin.api.PortalPlugin;

/**
 * Applies a plugin bundle's SQL migrations ({@value PortalPlugin#MIGRATIONS_PATH}/V1__x.sql, ...) with Flyway,
 * keeping the plugin's history in a table of its own ({@code plugin_<id>_schema_history}). Flyway cannot scan
 * an OSGi bundle, so the bundle's entries are handed to it through a {@link ResourceProvider}.
 */
public final class BundleMigrations {

    private BundleMigrations() {
    }

    /**
     * @param pluginId   the plugin id
     * @param bundle     the plugin's bundle
     * @param dataSource a non-JTA data source
     * @return how many migrations ran
     * @throws org.flywaydb.core.api.FlywayException if a migration fails; Flyway rolls back what it can
     */
    public static int migrate(String pluginId, Bundle bundle, DataSource dataSource) {
        MigrateResult result = Flyway.configure(BundleMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(historyTable(pluginId))
                .resourceProvider(new BundleResources(bundle))
                .javaMigrationClassProvider(Collections::emptyList)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /**
     * @param pluginId a plugin id
     * @return the name of its migration history table
     */
    static String historyTable(String pluginId) {
        return "plugin_" + pluginId.replace('-', '_').toLowerCase(Locale.ROOT) + "_schema_history";
    }

    /** The SQL files under the bundle's migrations folder. */
    private record BundleResources(Bundle bundle) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            URL url = bundle.getEntry(PortalPlugin.MIGRATIONS_PATH + "/" + name);
            return url == null ? null : new BundleResource(name, url);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            Enumeration<URL> entries = bundle.findEntries(PortalPlugin.MIGRATIONS_PATH, "*", false);
            if (entries == null) {
                return found;
            }
            for (URL url : Collections.list(entries)) {
                String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
                if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                    found.add(new BundleResource(name, url));
                }
            }
            return found;
        }
    }

    /** One migration file in a bundle. */
    private static final class BundleResource extends LoadableResource {

        private final String name;
        private final URL url;

        BundleResource(String name, URL url) {
            this.name = name;
            this.url = url;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + name, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return PortalPlugin.MIGRATIONS_PATH + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
