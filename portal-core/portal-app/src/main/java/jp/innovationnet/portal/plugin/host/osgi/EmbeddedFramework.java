package jp.innovationnet.portal.plugin.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.FrameworkWiring;

import jakarta.servlet.ServletContext;

/**
 * One Apache Felix framework embedded in the application, with Declarative Services (Felix SCR) installed from
 * {@value #SYSTEM_BUNDLES}. It lives from application start to application stop; its bundle cache is scratch
 * space, cleaned at every start, because the plugins directory is what decides which plugins are installed.
 */
public final class EmbeddedFramework {

    /** Where the WAR carries the bundles every plugin may rely on (SCR and what it needs). */
    static final String SYSTEM_BUNDLES = "/WEB-INF/osgi-bundles/";

    private static final Logger LOG = Logger.getLogger(EmbeddedFramework.class.getName());
    private static final long REFRESH_TIMEOUT_SECONDS = 30;

    private final Framework framework;

    private EmbeddedFramework(Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts a framework and its system bundles.
     *
     * @param storage        the bundle cache folder
     * @param servletContext where the system bundles are read from
     * @return the running framework
     * @throws BundleException if the framework or a system bundle cannot start
     * @throws IOException     if a system bundle cannot be read
     */
    public static EmbeddedFramework start(Path storage, ServletContext servletContext)
            throws BundleException, IOException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SharedPackages.systemPackagesExtra());
        // An update runs the new revision beside the old one until it has started: same name, maybe same version.
        config.put(Constants.FRAMEWORK_BSNVERSION, Constants.FRAMEWORK_BSNVERSION_MULTIPLE);
        // Never install JVM-wide URL handlers inside an application server.
        config.put("felix.service.urlhandlers", "false");
        config.put("felix.log.level", "1");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        framework.start();
        EmbeddedFramework embedded = new EmbeddedFramework(framework);
        embedded.installSystemBundles(servletContext);
        return embedded;
    }

    private void installSystemBundles(ServletContext servletContext) throws BundleException, IOException {
        Set<String> paths = servletContext.getResourcePaths(SYSTEM_BUNDLES);
        if (paths == null || paths.isEmpty()) {
            throw new BundleException("no system bundles under " + SYSTEM_BUNDLES);
        }
        List<Bundle> installed = new ArrayList<>();
        for (String path : paths.stream().filter(p -> p.endsWith(".jar")).sorted(Comparator.naturalOrder()).toList()) {
            try (InputStream in = servletContext.getResourceAsStream(path)) {
                installed.add(context().installBundle("system:" + path, in));
            }
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        LOG.info(() -> "OSGi framework started with " + installed.size() + " system bundles");
    }

    /** @return the system bundle's context */
    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** @return whether the framework is active */
    public boolean isActive() {
        return framework.getState() == Bundle.ACTIVE;
    }

    /**
     * Installs a bundle from bytes.
     *
     * @param location a location unique to this content
     * @param content  the bundle's bytes
     * @return the installed bundle
     * @throws BundleException if it is not a valid bundle
     */
    public Bundle install(String location, InputStream content) throws BundleException {
        return context().installBundle(location, content);
    }

    /**
     * Uninstalls a bundle and refreshes the framework so that no wiring keeps its class loader.
     *
     * @param bundle the bundle
     */
    public void uninstall(Bundle bundle) {
        try {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        } catch (BundleException | IllegalStateException e) {
            LOG.warning(() -> "Uninstalling " + bundle + " failed: " + e.getMessage());
        }
        refresh();
    }

    /** Refreshes removed bundles, waiting until the framework has done so. */
    private void refresh() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        framework.adapt(FrameworkWiring.class).refreshBundles(null, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
                done.complete(null);
            }
        });
        try {
            done.get(REFRESH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warning(() -> "Refreshing the framework did not finish: " + e);
        }
    }

    /** Stops the framework and waits for it. */
    public void stop() {
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(REFRESH_TIMEOUT_SECONDS));
        } catch (BundleException e) {
            LOG.warning(() -> "Stopping the OSGi framework failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
