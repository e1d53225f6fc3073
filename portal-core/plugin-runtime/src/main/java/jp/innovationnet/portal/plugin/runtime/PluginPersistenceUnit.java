package jp.innovationnet.portal.plugin.runtime;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Builds the EclipseLink persistence unit of one plugin revision: RESOURCE_LOCAL over the non-JTA data source,
 * the plugin's listed entity classes only, loaded by the bundle's class loader, no weaving and no schema
 * generation (the plugin's migrations own the schema).
 */
public final class PluginPersistenceUnit {

    private PluginPersistenceUnit() {
    }

    /**
     * Opens the unit and one entity manager, so that mapping errors surface now rather than at the first request.
     *
     * @param unitName    a name unique to the revision
     * @param rootUrl     the bundle's root entry, where EclipseLink looks for optional mapping files
     * @param classLoader the bundle's class loader
     * @param entities    the entity classes
     * @param dataSource  a non-JTA data source
     * @return the open factory; the caller closes it when the revision is retired
     * @throws jakarta.persistence.PersistenceException if the mapping is wrong
     */
    public static EntityManagerFactory open(String unitName, URL rootUrl, ClassLoader classLoader, Set<Class<?>> entities,
                                            DataSource dataSource) {
        Info info = new Info(unitName, rootUrl, classLoader, entities.stream().map(Class::getName).sorted().toList(),
                dataSource);
        Map<String, Object> properties = Map.of(
                "eclipselink.weaving", "false",
                "eclipselink.ddl-generation", "none",
                "eclipselink.session.name", unitName,
                // H2 runs in PostgreSQL mode: one platform for both databases (identity via lastval())
                "eclipselink.target-database", "PostgreSQL",
                "eclipselink.logging.level", "WARNING",
                "eclipselink.logging.logger", "JavaLogger",
                "eclipselink.deploy-on-startup", "true");
        EntityManagerFactory factory = new PersistenceProvider().createContainerEntityManagerFactory(info, properties);
        try {
            EntityManager probe = factory.createEntityManager();
            probe.close();
        } catch (RuntimeException e) {
            factory.close();
            throw e;
        }
        return factory;
    }

    private record Info(String unitName, URL rootUrl, ClassLoader classLoader, List<String> managedClassNames,
                        DataSource dataSource) implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return unitName;
        }

        @Override
        public String getPersistenceProviderClassName() {
            return PersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return rootUrl;
        }

        @Override
        public List<String> getManagedClassNames() {
            return managedClassNames;
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return classLoader;
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // weaving is off: nothing to transform
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return classLoader;
        }
    }
}
