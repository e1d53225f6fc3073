package jp.innovationnet.portal.plugin.api;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The one OSGi service a plugin bundle registers (typically as a Declarative Services {@code @Component}).
 * The bundle's manifest names the plugin with the {@value #PLUGIN_ID_HEADER} header.
 *
 * <h2>Lifecycle of one plugin revision</h2>
 * <ol>
 * <li>The core applies the bundle's schema migrations: SQL files under {@value #MIGRATIONS_PATH} in the bundle,
 * named the Flyway way ({@code V1__create_notes.sql}, {@code V2__...}), with a history of their own per plugin.
 * A failed migration fails the revision; nothing of it is served.</li>
 * <li>The core opens an EclipseLink persistence unit over {@link #entityClasses()} with the bundle's class
 * loader. It belongs to this revision and is closed with it.</li>
 * <li>The core calls {@link #start(PluginContext)}; the plugin registers its routes, navigation entries and
 * event listeners on the context. If {@code start} throws, the revision has failed and its reason is shown to
 * the secretariat.</li>
 * <li>Only when the revision has started does the core route requests to it. On an update the previous
 * revision keeps serving until the new one has started; then requests switch over at once.</li>
 * <li>When the revision is retired (update, uninstall, shutdown) the core stops routing to it, waits for
 * requests in flight, calls {@link #stop()} and closes everything it opened for the revision.</li>
 * </ol>
 * Implementations hold no static state that outlives {@link #stop()}: after it the bundle's class loader must be
 * collectable.
 */
@ConsumerType
public interface PortalPlugin {

    /** Manifest header carrying the plugin id: lower-case letters, digits and '-', 2 to 40 characters. */
    String PLUGIN_ID_HEADER = "Portal-Plugin-Id";

    /** Bundle folder holding the plugin's versioned SQL migrations. */
    String MIGRATIONS_PATH = "db/migration";

    /** Bundle folder whose files the core serves as static web assets under {@code /plugins/{id}/assets/}. */
    String WEB_ASSETS_PATH = "web";

    /**
     * The JPA entity classes of this plugin, all loaded by the plugin's own class loader. Their tables come from
     * the plugin's migrations; the core never generates schema.
     *
     * @return the managed classes; empty for a plugin without persistent state
     */
    default Set<Class<?>> entityClasses() {
        return Set.of();
    }

    /**
     * Starts this revision: register routes, navigation entries and event listeners on {@code context}.
     *
     * @param context what the core offers this revision; valid until {@link #stop()}
     * @throws Exception if the plugin cannot start; the revision is then shown as failed with the message
     */
    void start(PluginContext context) throws Exception;

    /** Stops this revision. The core has stopped routing to it and no request is in flight. */
    default void stop() {
    }
}
