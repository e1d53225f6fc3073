package jp.innovationnet.portal.plugin.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import jp.innovationnet.portal.membership.organization.MembershipEvent;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.host.osgi.EmbeddedFramework;
import jp.innovationnet.portal.plugin.host.osgi.InvalidPluginException;
import jp.innovationnet.portal.plugin.host.osgi.PluginArchive;
import jp.innovationnet.portal.plugin.host.services.PluginCoreServices;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;
import jp.innovationnet.portal.plugin.host.revision.PluginStartException;

/**
 * Keeps the running plugins in line with the plugins directory. Every {@value #SCAN_SECONDS} s, and at once after
 * an upload or removal through the API, it installs new bundles, updates changed ones and removes deleted ones.
 *
 * <p>An update is blue/green: the new revision is installed and started beside the old one, which serves until
 * the new one has started; then requests switch over and the old revision is retired. If the new revision fails,
 * the old one keeps serving and the failure is reported with the plugin. A plugin that fails with no older
 * revision to fall back on is shown as {@link PluginState#FAILED} with its reason; nothing else is affected.
 */
@ApplicationScoped
public class PluginHost {

    static final long SCAN_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    /** What the host knows of one plugin id. Mutated only under the host's lock. */
    private static final class Slot {
        final String id;
        PluginRevision active;
        Path file;
        PluginDirectory.Stamp stamp;
        String name;
        String version;
        String reason;
        Instant since = Instant.now();

        Slot(String id) {
            this.id = id;
        }
    }

    @Inject
    @ConfigProperty(name = "portal.plugins.dir")
    Optional<String> pluginsDirSetting;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    Optional<String> dataDirSetting;

    @Resource(lookup = "jdbc/portalNonJta")
    DataSource dataSource;

    /** The watcher runs on a thread of its own, so that a busy request pool never delays an install or update. */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    PluginCoreServices coreServices;

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, PluginRevision> active = new ConcurrentHashMap<>();
    private final List<RetiredClassLoader> retiredClassLoaders = new ArrayList<>();
    private final AtomicLong revisionCounter = new AtomicLong();
    private EmbeddedFramework framework;
    private PluginDirectory directory;
    private ScheduledExecutorService watcher;

    /**
     * Starts the framework, installs what the plugins directory holds and begins watching it.
     *
     * @param servletContext the application's servlet context, which carries the framework's system bundles
     */
    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        Path dataDir = Path.of(dataDirSetting.orElse(System.getProperty("server.output.dir", ".") + "/data"));
        Path pluginsDir = pluginsDirSetting.map(Path::of).orElse(dataDir.resolve("plugins"));
        try {
            directory = new PluginDirectory(pluginsDir);
            framework = EmbeddedFramework.start(Files.createDirectories(dataDir.resolve("osgi-cache")),
                    servletContext);
        } catch (IOException | BundleException e) {
            throw new IllegalStateException("the plugin host cannot start", e);
        }
        reconcile();
        PluginHostMonitor.register(this);
        watcher = Executors.newSingleThreadScheduledExecutor(threads);
        watcher.scheduleWithFixedDelay(this::reconcileQuietly, SCAN_SECONDS, SCAN_SECONDS, TimeUnit.SECONDS);
        LOG.info(() -> "Plugin host watching " + pluginsDir + "; active plugins: " + active.keySet());
    }

    /** Retires every revision and stops the framework. */
    @PreDestroy
    synchronized void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        PluginHostMonitor.unregister();
        for (Slot slot : slots.values()) {
            if (slot.active != null) {
                retire(slot);
            }
        }
        if (framework != null) {
            framework.stop();
        }
    }

    /** @return whether the OSGi framework is running */
    public boolean isRunning() {
        return framework != null && framework.isActive();
    }

    /**
     * @param pluginId a plugin id
     * @return the revision serving it
     */
    public Optional<PluginRevision> activeRevision(String pluginId) {
        return Optional.ofNullable(active.get(pluginId));
    }

    /** @return every installed plugin, by id */
    public List<PluginView> plugins() {
        return slots.values().stream().map(PluginHost::view).sorted(Comparator.comparing(PluginView::id)).toList();
    }

    /**
     * @param pluginId a plugin id
     * @return the plugin, if installed
     */
    public Optional<PluginView> plugin(String pluginId) {
        return Optional.ofNullable(slots.get(pluginId)).map(PluginHost::view);
    }

    /** @return the routes of every active plugin */
    public List<PluginRouteInfo> routes() {
        return active.values().stream().flatMap(r -> routesOf(r).stream())
                .sorted(Comparator.comparing(PluginRouteInfo::path).thenComparing(PluginRouteInfo::method)).toList();
    }

    /**
     * Installs a new plugin.
     *
     * @param content the bundle's bytes
     * @return the plugin as installed: active, or failed with its reason
     * @throws InvalidPluginException if the bytes are not a plugin bundle
     * @throws PluginConflictException if a plugin of that id is installed already
     */
    public synchronized PluginView install(byte[] content) throws InvalidPluginException, PluginConflictException {
        PluginArchive archive = PluginArchive.read(content);
        if (slots.containsKey(archive.pluginId())) {
            throw new PluginConflictException("plugin '" + archive.pluginId() + "' is installed already: update it");
        }
        return store(archive);
    }

    /**
     * Updates an installed plugin.
     *
     * @param pluginId the plugin id
     * @param content  the new bundle's bytes
     * @return the plugin after the update; a failed update leaves the older revision serving and its bundle in
     *         the plugins directory
     * @throws InvalidPluginException if the bytes are not a bundle of that plugin
     * @throws PluginNotFoundException if no such plugin is installed
     */
    public synchronized PluginView update(String pluginId, byte[] content)
            throws InvalidPluginException, PluginNotFoundException {
        PluginArchive archive = PluginArchive.read(content);
        if (!archive.pluginId().equals(pluginId)) {
            throw new InvalidPluginException("Portal-Plugin-Id",
                    "the bundle is plugin '" + archive.pluginId() + "', not '" + pluginId + "'");
        }
        Slot slot = slots.get(pluginId);
        if (slot == null) {
            throw new PluginNotFoundException(pluginId);
        }
        PluginRevision serving = slot.active;
        PluginView result = store(archive);
        if (serving != null && slot.active == serving) {
            // The new revision failed and the old one still serves: put its bundle back, so that the plugins
            // directory (and the next start) keeps what works. The failure stays listed with the plugin.
            restore(serving);
        }
        return result;
    }

    private void restore(PluginRevision serving) {
        try {
            directory.store(serving.archive().pluginId(), serving.archive().content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the plugin's previous file", e);
        }
        reconcile();
    }

    /**
     * Removes a plugin. Its data stays in the database for a later reinstall.
     *
     * @param pluginId the plugin id
     * @throws PluginNotFoundException if no such plugin is installed
     */
    public synchronized void uninstall(String pluginId) throws PluginNotFoundException {
        Slot slot = slots.get(pluginId);
        if (slot == null) {
            throw new PluginNotFoundException(pluginId);
        }
        try {
            directory.delete(slot.file == null ? directory.fileOf(pluginId) : slot.file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the plugin's file", e);
        }
        reconcile();
    }

    /**
     * Delivers a core event to every active plugin that listens, after the core's change committed.
     *
     * @param event the event
     */
    public void publish(CoreEvent event) {
        for (PluginRevision revision : active.values()) {
            if (revision.enter()) {
                try {
                    revision.deliver(event);
                } finally {
                    revision.exit();
                }
            }
        }
    }

    /** @return how many scheduled tasks the active revisions have */
    public int scheduledTasks() {
        return active.values().stream().mapToInt(PluginRevision::scheduledTasks).sum();
    }

    /**
     * @return how many retired revisions' class loaders are still in memory: after a garbage collection this
     *         should be zero, else something still holds a removed plugin's classes
     */
    public synchronized int retiredClassLoadersInMemory() {
        return pluginsWithRetiredClassLoadersInMemory().size();
    }

    /**
     * @return the plugin of each retired revision whose class loader is still in memory (a plugin once per such
     *         revision), to tell which plugin leaks
     */
    public synchronized List<String> pluginsWithRetiredClassLoadersInMemory() {
        retiredClassLoaders.removeIf(retired -> retired.loader().get() == null);
        return retiredClassLoaders.stream().map(RetiredClassLoader::pluginId).sorted().toList();
    }

    /** A retired revision's class loader, held weakly, and its plugin. */
    private record RetiredClassLoader(String pluginId, WeakReference<ClassLoader> loader) {
    }

    private PluginView store(PluginArchive archive) {
        try {
            directory.store(archive.pluginId(), archive.content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the plugin's file", e);
        }
        reconcile();
        return view(slots.get(archive.pluginId()));
    }

    private void reconcileQuietly() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scanning the plugins directory failed", e);
        }
    }

    /** Brings the running plugins in line with the plugins directory. */
    synchronized void reconcile() {
        Map<Path, PluginDirectory.Stamp> files;
        try {
            files = directory.scan();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the plugins directory " + directory.folder(), e);
            return;
        }
        Set<String> present = new HashSet<>();
        for (Map.Entry<Path, PluginDirectory.Stamp> entry : files.entrySet()) {
            Path file = entry.getKey();
            Optional<Slot> known = slots.values().stream()
                    .filter(s -> file.equals(s.file) && entry.getValue().equals(s.stamp)).findFirst();
            if (known.isPresent()) {
                present.add(known.get().id);
                continue;
            }
            reconcileFile(file, entry.getValue(), present);
        }
        for (Slot slot : List.copyOf(slots.values())) {
            if (!present.contains(slot.id)) {
                remove(slot);
            }
        }
    }

    private void reconcileFile(Path file, PluginDirectory.Stamp stamp, Set<String> present) {
        String fileName = file.getFileName().toString();
        PluginArchive archive;
        try {
            archive = PluginArchive.read(Files.readAllBytes(file));
        } catch (IOException e) {
            return; // vanished or unreadable now: the next scan decides
        } catch (InvalidPluginException e) {
            String id = fileName.substring(0, fileName.length() - ".jar".length());
            Slot slot = slots.computeIfAbsent(id, Slot::new);
            present.add(id);
            recordFailure(slot, file, stamp, null, e.field() + ": " + e.getMessage());
            return;
        }
        if (!present.add(archive.pluginId())) {
            LOG.warning(() -> fileName + " is a second bundle of plugin " + archive.pluginId() + "; ignored");
            return;
        }
        Slot slot = slots.computeIfAbsent(archive.pluginId(), Slot::new);
        if (slot.active != null && slot.active.archive().sha256().equals(archive.sha256())) {
            slot.file = file;
            slot.stamp = stamp;
            return;
        }
        deploy(slot, archive, file, stamp);
    }

    private void deploy(Slot slot, PluginArchive archive, Path file, PluginDirectory.Stamp stamp) {
        long revisionNumber = revisionCounter.incrementAndGet();
        Bundle bundle;
        try {
            bundle = framework.install("plugin:" + archive.pluginId() + ":" + revisionNumber,
                    new java.io.ByteArrayInputStream(archive.content()));
        } catch (BundleException e) {
            recordFailure(slot, file, stamp, archive, "the bundle could not be installed: " + e.getMessage());
            return;
        }
        PluginRevision revision;
        try {
            revision = PluginRevision.start(archive, bundle, framework.context(), dataSource,
                    coreServices.coreServices(archive.pluginId()), "plugin-" + archive.pluginId() + "-" + revisionNumber);
        } catch (PluginStartException e) {
            LOG.log(Level.WARNING, "Plugin " + archive.pluginId() + " " + archive.version() + " failed", e);
            framework.uninstall(bundle);
            recordFailure(slot, file, stamp, archive, e.getMessage());
            return;
        }
        Slot replaced = new Slot(slot.id);
        replaced.active = slot.active;
        slot.active = revision;
        active.put(slot.id, revision);
        slot.file = file;
        slot.stamp = stamp;
        slot.name = archive.name();
        slot.version = archive.version().toString();
        slot.reason = null;
        slot.since = Instant.now();
        if (replaced.active != null) {
            retire(replaced);
        }
        LOG.info(() -> "Plugin " + archive.pluginId() + " " + archive.version() + " is active");
    }

    private void recordFailure(Slot slot, Path file, PluginDirectory.Stamp stamp, PluginArchive archive,
                               String reason) {
        slot.file = file;
        slot.stamp = stamp;
        slot.reason = archive == null ? reason : archive.version() + ": " + reason;
        slot.since = Instant.now();
        if (slot.active == null) {
            slot.name = archive == null ? slot.id : archive.name();
            slot.version = archive == null ? "" : archive.version().toString();
        }
    }

    private void remove(Slot slot) {
        slots.remove(slot.id);
        if (slot.active != null) {
            retire(slot);
        }
        LOG.info(() -> "Plugin " + slot.id + " removed");
    }

    /** Stops routing to the slot's revision, retires it and uninstalls its bundle. */
    private void retire(Slot slot) {
        PluginRevision revision = slot.active;
        active.remove(slot.id, revision);
        revision.retire(framework.context());
        framework.uninstall(revision.bundle());
        retiredClassLoaders.add(new RetiredClassLoader(slot.id, new WeakReference<>(revision.classLoader())));
        slot.active = null;
    }

    private static PluginView view(Slot slot) {
        PluginRevision revision = slot.active;
        return new PluginView(slot.id, slot.name, slot.version,
                revision == null ? PluginState.FAILED : PluginState.ACTIVE, slot.reason, slot.since,
                revision == null ? List.of() : routesOf(revision),
                revision == null ? List.of() : revision.navigation(),
                revision == null ? List.of() : revision.sections());
    }

    private static List<PluginRouteInfo> routesOf(PluginRevision revision) {
        String id = revision.archive().pluginId();
        return revision.routes().routes().stream()
                .map(r -> new PluginRouteInfo(id, r.method().name(), "/api/plugins/" + id + r.template().text(),
                        r.summary(), r.access().anonymous(), r.access().roles()))
                .toList();
    }

    /**
     * Publishes a change of membership to the plugins, as a core event, once the core's transaction has committed.
     *
     * @param event the change
     */
    void onMembershipEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) MembershipEvent event) {
        publish(ContractTypes.event(event));
    }
}
