package jp.innovationnet.portal.plugin.host.revision;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.yasson.JsonBindingProvider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.event.CoreEventListener;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugin.api.kit.CsvFiles;
import jp.innovationnet.portal.plugin.api.kit.PluginConfig;
import jp.innovationnet.portal.plugin.api.kit.QrCodes;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;
import jp.innovationnet.portal.plugin.api.service.AuditLog;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugin.api.service.PublicForms;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.plugin.host.osgi.PluginArchive;
import jp.innovationnet.portal.plugin.host.persistence.BundleMigrations;
import jp.innovationnet.portal.plugin.host.routing.RouteTable;
import jp.innovationnet.portal.plugin.runtime.BodyValidation;
import jp.innovationnet.portal.plugin.runtime.PluginPersistenceUnit;

/**
 * One started revision of a plugin. Everything that could hold the bundle's classes (persistence unit, JSON
 * mapper, validator, routes, scheduled tasks) is owned here and released by {@link #retire()}, so that no
 * container-wide cache ever sees a plugin class and the bundle's class loader can be collected once the bundle is
 * gone.
 *
 * <p>Calls enter through {@link #enter()} and leave through {@link #exit()}; {@link #retire()} waits for the
 * calls in flight and refuses new ones, which then go to the revision that replaced this one.
 */
public final class PluginRevision {

    private static final Logger LOG = Logger.getLogger(PluginRevision.class.getName());
    private static final long SERVICE_WAIT_MILLIS = 10_000;

    private final PluginArchive archive;
    private final Bundle bundle;
    private final ServiceReference<PortalPlugin> reference;
    private final PortalPlugin plugin;
    private final ClassLoader classLoader;
    private final EntityManagerFactory persistence;
    private final Jsonb jsonb;
    private final BodyValidation validation;
    private final RouteTable routes = new RouteTable();
    private final List<NavigationEntry> navigation = new CopyOnWriteArrayList<>();
    private final List<PageSection> sections = new CopyOnWriteArrayList<>();
    private final List<CoreEventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Schedule> schedules = new CopyOnWriteArrayList<>();
    private final ReentrantReadWriteLock calls = new ReentrantReadWriteLock();
    private volatile boolean retired;

    private PluginRevision(PluginArchive archive, Bundle bundle, ServiceReference<PortalPlugin> reference,
                           PortalPlugin plugin, EntityManagerFactory persistence) {
        this.archive = archive;
        this.bundle = bundle;
        this.reference = reference;
        this.plugin = plugin;
        this.classLoader = bundle.adapt(BundleWiring.class).getClassLoader();
        this.persistence = persistence;
        // The application's own Yasson: the server's JSON-B caches never see a plugin class.
        this.jsonb = new JsonBindingProvider().create().build();
        this.validation = new BodyValidation(classLoader);
    }

    /**
     * Starts an installed plugin bundle: starts the bundle, gets its {@link PortalPlugin} service, applies its
     * migrations, opens its persistence unit and calls {@link PortalPlugin#start}. On failure everything opened
     * so far is closed again and the caller uninstalls the bundle.
     *
     * @param archive    the checked archive
     * @param bundle     the bundle installed from it
     * @param system     the framework's system bundle context
     * @param dataSource the non-JTA data source
     * @param services   the core services to offer
     * @param unitName   a persistence unit name unique to this revision
     * @return the started revision
     * @throws PluginStartException with a reason fit to show the secretariat
     */
    public static PluginRevision start(PluginArchive archive, Bundle bundle, BundleContext system,
                                       DataSource dataSource, CoreServices services, String unitName)
            throws PluginStartException {
        ServiceReference<PortalPlugin> reference = null;
        EntityManagerFactory persistence = null;
        PluginRevision revision = null;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            bundle.start();
            reference = awaitService(bundle, system);
            PortalPlugin plugin = system.getService(reference);
            if (plugin == null) {
                throw new PluginStartException("its PortalPlugin component could not be activated (see the server log)");
            }
            thread.setContextClassLoader(bundle.adapt(BundleWiring.class).getClassLoader());
            try {
                BundleMigrations.migrate(archive.pluginId(), bundle, dataSource);
            } catch (RuntimeException e) {
                throw new PluginStartException("its schema migration failed: " + rootMessage(e), e);
            }
            if (!plugin.entityClasses().isEmpty()) {
                try {
                    persistence = PluginPersistenceUnit.open(unitName, bundle.getEntry("/"),
                            thread.getContextClassLoader(),
                            plugin.entityClasses(), dataSource);
                } catch (RuntimeException e) {
                    throw new PluginStartException("its persistence unit could not be opened: " + rootMessage(e), e);
                }
            }
            revision = new PluginRevision(archive, bundle, reference, plugin, persistence);
            try {
                plugin.start(revision.new Context(services));
            } catch (Exception e) {
                throw new PluginStartException("its start failed: " + rootMessage(e), e);
            }
            revision.routes.freeze();
            return revision;
        } catch (PluginStartException e) {
            cleanUpFailedStart(revision, persistence, system, reference);
            throw e;
        } catch (Exception e) {
            cleanUpFailedStart(revision, persistence, system, reference);
            throw new PluginStartException("the bundle could not start: " + rootMessage(e), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void cleanUpFailedStart(PluginRevision revision, EntityManagerFactory persistence,
                                           BundleContext system, ServiceReference<PortalPlugin> reference) {
        if (revision != null) {
            revision.releaseResources();
        } else if (persistence != null) {
            persistence.close();
        }
        if (reference != null) {
            try {
                system.ungetService(reference);
            } catch (IllegalStateException ignored) {
                // the bundle is already gone
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ServiceReference<PortalPlugin> awaitService(Bundle bundle, BundleContext system)
            throws PluginStartException, InterruptedException {
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] registered = bundle.getRegisteredServices();
            if (registered != null) {
                for (ServiceReference<?> candidate : registered) {
                    if (List.of((String[]) candidate.getProperty("objectClass")).contains(PortalPlugin.class.getName())
                            && candidate.isAssignableTo(system.getBundle(), PortalPlugin.class.getName())) {
                        return (ServiceReference<PortalPlugin>) candidate;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new PluginStartException("it registered no " + PortalPlugin.class.getSimpleName()
                + " service (a Declarative Services component providing it)");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** @return whether the call may go ahead; false once the revision is retiring */
    public boolean enter() {
        if (retired || !calls.readLock().tryLock()) {
            return false;
        }
        if (retired) {
            calls.readLock().unlock();
            return false;
        }
        return true;
    }

    /** Ends a call begun with a successful {@link #enter()}. */
    public void exit() {
        calls.readLock().unlock();
    }

    /**
     * Runs code as the plugin: with the bundle's class loader as the thread's context class loader, and the
     * call registered for the core services.
     *
     * @param caller for whom
     * @param body   what to run
     * @param <T>    its result type
     * @return its result
     * @throws Exception what it throws
     */
    private <T> T callAsPlugin(Caller caller, PluginWork<T> body) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        PluginCall call = PluginCall.begin(archive.pluginId(), caller);
        thread.setContextClassLoader(classLoader);
        try {
            return body.run(call);
        } finally {
            thread.setContextClassLoader(previous);
            PluginCall.end();
        }
    }

    /** Work done as the plugin. @param <T> its result */
    @FunctionalInterface
    private interface PluginWork<T> {
        /** @param call the call @return the result @throws Exception anything */
        T run(PluginCall call) throws Exception;
    }

    /**
     * Delivers a core event to this revision's listeners, each in a transaction of its own.
     *
     * @param event the event
     */
    public void deliver(CoreEvent event) {
        for (CoreEventListener listener : listeners) {
            try {
                inTransaction(em -> listener.onEvent(event, em));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Plugin " + archive.pluginId() + " failed to handle " + event, e);
            }
        }
    }

    /** One run of a scheduled task, unless the revision is retiring; a failure is logged, the next run comes. */
    private void runScheduled(String name, ScheduledTask task) {
        if (!enter()) {
            return;
        }
        try {
            inTransaction(task::run);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "Plugin " + archive.pluginId() + "'s scheduled task " + name
                    + " failed; it runs again at its next time", e);
        } finally {
            exit();
        }
    }

    /**
     * Runs work as the plugin ({@link #callAsPlugin}) in one transaction of the plugin's persistence unit: the one
     * rule for requests, core events and scheduled tasks. The transaction commits when the work returns a result
     * {@code commitWhen} accepts, and the core writes the work made wait for that commit; otherwise, or when the work
     * or the commit throws, it rolls back and the core undoes what waited for a rollback.
     *
     * @param caller     for whom
     * @param work       what to do, given the transaction
     * @param commitWhen whether a result commits
     * @param <T>        the result's type
     * @return the work's result
     * @throws Exception what the work or the commit throws
     */
    public <T> T inTransaction(Caller caller, TransactionalWork<T> work, Predicate<T> commitWhen) throws Exception {
        return callAsPlugin(caller, call -> {
            PluginTransaction transaction = new PluginTransaction(persistence, archive.pluginId());
            boolean committed = false;
            T result;
            try {
                result = work.run(transaction);
                if (commitWhen.test(result)) {
                    transaction.commit();
                    committed = true;
                }
            } finally {
                transaction.close();
                if (!committed) {
                    call.runAfterRollback();
                }
            }
            call.runAfterCommit();
            return result;
        });
    }

    /** Runs work for no caller in a transaction that commits unless the work throws. */
    private void inTransaction(EventWork work) throws Exception {
        inTransaction(Caller.anonymous(Locale.JAPANESE), transaction -> {
            work.run(transaction.hasPersistence() ? transaction.entityManager() : null);
            return Boolean.TRUE;
        }, Boolean::booleanValue);
    }

    /** Work in a transaction of the plugin's persistence unit. @param <T> its result */
    @FunctionalInterface
    public interface TransactionalWork<T> {
        /** @param transaction the transaction @return the result @throws Exception anything */
        T run(PluginTransaction transaction) throws Exception;
    }

    /** A core event's or a scheduled task's work, given the entity manager (null for a plugin without entities). */
    @FunctionalInterface
    private interface EventWork {
        void run(EntityManager em) throws Exception;
    }

    /** @return how many scheduled tasks the revision has that are not cancelled */
    public int scheduledTasks() {
        return (int) schedules.stream().filter(schedule -> !schedule.future.isCancelled()).count();
    }

    /**
     * A scheduled task as the executor holds it. The executor may keep a cancelled task queued until its next time
     * (ten minutes for a reminder task); releasing the run here lets the retired revision's class loader go at once.
     */
    private static final class Schedule implements Runnable {

        private final AtomicReference<Runnable> run;
        private ScheduledFuture<?> future;

        private Schedule(Runnable run) {
            this.run = new AtomicReference<>(run);
        }

        @Override
        public void run() {
            Runnable current = run.get();
            if (current != null) {
                current.run();
            }
        }

        private void cancel() {
            run.set(null);
            future.cancel(false);
        }
    }

    /**
     * Retires the revision: refuses new calls, waits for those in flight, stops the plugin and closes what the
     * revision opened. The caller then uninstalls the bundle.
     *
     * @param system the framework's system bundle context
     */
    public void retire(BundleContext system) {
        retired = true;
        cancelSchedules();
        calls.writeLock().lock();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            plugin.stop();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plugin " + archive.pluginId() + " failed to stop cleanly", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        releaseResources();
        try {
            system.ungetService(reference);
        } catch (IllegalStateException ignored) {
            // the bundle is already gone
        }
    }

    /** Cancels the scheduled tasks; a run in progress finishes (a retiring revision waits for it). */
    private void cancelSchedules() {
        schedules.forEach(Schedule::cancel);
    }

    private void releaseResources() {
        cancelSchedules();
        if (persistence != null && persistence.isOpen()) {
            persistence.close();
        }
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "closing the JSON mapper", e);
        }
        validation.close();
        // the kit reads labels and messages from the plugin's bundles: forget them with the revision
        ResourceBundle.clearCache(classLoader);
    }

    /** @return the archive it was installed from */
    public PluginArchive archive() {
        return archive;
    }

    /** @return the bundle */
    public Bundle bundle() {
        return bundle;
    }

    /** @return the bundle's class loader */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** @return its routes */
    public RouteTable routes() {
        return routes;
    }

    /** @return its navigation entries */
    public List<NavigationEntry> navigation() {
        return List.copyOf(navigation);
    }

    /** @return the sections it adds to the portal's pages */
    public List<PageSection> sections() {
        return List.copyOf(sections);
    }

    /** @return its JSON mapper */
    public Jsonb jsonb() {
        return jsonb;
    }

    /** @return the validation of its route bodies */
    public BodyValidation validation() {
        return validation;
    }

    /** @return its persistence unit, or null when the plugin has no entities */
    public EntityManagerFactory persistence() {
        return persistence;
    }

    /** The context handed to {@link PortalPlugin#start}. */
    private final class Context implements PluginContext {

        private final CoreServices services;

        private Context(CoreServices services) {
            this.services = services;
        }

        @Override
        public String pluginId() {
            return archive.pluginId();
        }

        @Override
        public Routes routes() {
            return routes;
        }

        @Override
        public void addNavigationEntry(NavigationEntry entry) {
            navigation.add(entry);
        }

        @Override
        public void addPageSection(PageSection section) {
            sections.add(section);
        }

        @Override
        public void onCoreEvent(CoreEventListener listener) {
            listeners.add(listener);
        }

        @Override
        public MemberDirectory directory() {
            return services.directory();
        }

        @Override
        public Notifications notifications() {
            return services.notifications();
        }

        @Override
        public AuditLog audit() {
            return services.audit();
        }

        @Override
        public Mail mail() {
            return services.mail();
        }

        @Override
        public PublicForms publicForms() {
            return services.publicForms();
        }

        @Override
        public void schedule(String name, Duration asked, ScheduledTask task) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(task, "task");
            Duration period = services.periods().apply(name).orElse(asked);
            if (period == null || period.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("a scheduled task's period is at least one second: " + period);
            }
            if (retired) {
                throw new IllegalStateException("the revision is retiring");
            }
            long first = Math.min(services.firstRun().toMillis(), period.toMillis());
            Schedule schedule = new Schedule(() -> runScheduled(name, task));
            schedule.future = services.scheduler().scheduleWithFixedDelay(schedule, first, period.toMillis(),
                    TimeUnit.MILLISECONDS);
            schedules.add(schedule);
        }

        @Override
        public SafeMarkdown markdown() {
            return services.markdown();
        }

        @Override
        public CsvFiles csv() {
            return services.csv();
        }

        @Override
        public PluginConfig config() {
            return services.config();
        }

        @Override
        public BusinessDays businessDays() {
            return services.businessDays();
        }

        @Override
        public CalendarFiles calendarFiles() {
            return services.calendarFiles();
        }

        @Override
        public QrCodes qrCodes() {
            return services.qrCodes();
        }

        @Override
        public ActivityLog activities() {
            return services.activities();
        }

        @Override
        public URI portalUrl(String path) {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("a portal path starts with '/': " + path);
            }
            return URI.create(services.baseUrl() + path);
        }
    }
}
