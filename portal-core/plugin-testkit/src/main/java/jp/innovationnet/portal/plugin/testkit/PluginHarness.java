package jp.innovationnet.portal.plugin.testkit;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.event.CoreEventListener;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.runtime.BodyValidation;
import jp.innovationnet.portal.plugin.runtime.ReceivedRequest;

/**
 * A plugin started for a test, served as the portal serves it: {@link #call} finds the route (a literal segment
 * wins over a parameter), answers 401/403 as the portal does when the caller may not use it, reads a JSON body and
 * validates it in the caller's language (400, 422), runs the handler in one transaction committed below 400 and
 * writes the answer as JSON. What the plugin asked of the core services counts only when the request committed. A
 * failure the portal would answer with 500 is thrown to the test instead, with its cause.
 */
public final class PluginHarness implements AutoCloseable {

    private final PortalPlugin plugin;
    private final TestPluginContext context;
    private final PluginDatabase database;
    private final BodyValidation validation;
    private final Jsonb jsonb = JsonbBuilder.create();

    private PluginHarness(PortalPlugin plugin, TestPluginContext context, PluginDatabase database) {
        this.plugin = plugin;
        this.context = context;
        this.database = database;
        this.validation = new BodyValidation(plugin.getClass().getClassLoader());
    }

    /**
     * Migrates a fresh database for the plugin (when it has entities) and starts it.
     *
     * @param pluginId the plugin's id
     * @param plugin   a new instance of the plugin
     * @return the started plugin
     * @throws Exception what the plugin's start throws
     */
    public static PluginHarness start(String pluginId, PortalPlugin plugin) throws Exception {
        TestPluginContext context = new TestPluginContext(pluginId);
        PluginDatabase database = plugin.entityClasses().isEmpty() ? null
                : PluginDatabase.migrated(pluginId, plugin.entityClasses());
        plugin.start(context);
        return new PluginHarness(plugin, context, database);
    }

    /** @return the context the plugin started on, with what it registered and what the core services recorded */
    public TestPluginContext context() {
        return context;
    }

    /** @return the plugin's database @throws IllegalStateException for a plugin without entities */
    public PluginDatabase database() {
        if (database == null) {
            throw new IllegalStateException("the plugin has no entities");
        }
        return database;
    }

    /**
     * @param request a request to one of the plugin's routes
     * @return the answer
     * @throws Exception what the handler throws that the portal would answer with 500
     */
    public TestResponse call(TestRequest request) throws Exception {
        Map<String, String> parameters = new HashMap<>();
        TestPluginContext.Route route = match(request, parameters);
        if (route == null) {
            return problem(404, "no route " + request, Map.of());
        }
        Caller caller = request.caller();
        if (!route.access().permits(caller)) {
            return problem(caller.authenticated() ? 403 : 401, "may not " + request, Map.of());
        }
        Call call = new Call(request, parameters);
        context.beginCall();
        boolean committed = false;
        try {
            RouteResponse response = route.handler().handle(call);
            if (response.status() < 400) {
                call.commit();
                committed = true;
            }
            return written(response);
        } catch (ProblemException e) {
            return problem(e.status(), e.getMessage(), e.fieldErrors());
        } finally {
            call.close();
            context.endCall(committed);
        }
    }

    /**
     * Delivers a core event to the plugin's listeners, each in a transaction of its own, as the portal does.
     *
     * @param event the event
     * @throws Exception what a listener throws
     */
    public void deliver(CoreEvent event) throws Exception {
        for (CoreEventListener listener : context.listeners()) {
            inTransaction(em -> listener.onEvent(event, em));
        }
    }

    /**
     * Runs one of the plugin's scheduled tasks once, in a transaction, as the portal does at the task's time.
     *
     * @param name the task's name
     * @throws Exception what the task throws
     */
    public void runScheduled(String name) throws Exception {
        var task = context.task(name).orElseThrow(() -> new IllegalArgumentException("no task " + name));
        inTransaction(task::run);
    }

    @Override
    public void close() throws Exception {
        plugin.stop();
        jsonb.close();
        validation.close();
        if (database != null) {
            database.close();
        }
    }

    private void inTransaction(Work work) throws Exception {
        context.beginCall();
        boolean committed = false;
        EntityManager em = database == null ? null : database.factory().createEntityManager();
        try {
            if (em != null) {
                em.getTransaction().begin();
            }
            work.run(em);
            if (em != null) {
                em.getTransaction().commit();
            }
            committed = true;
        } finally {
            if (em != null) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
            context.endCall(committed);
        }
    }

    /** Work in a transaction, given its entity manager (null for a plugin without entities). */
    @FunctionalInterface
    private interface Work {
        void run(EntityManager em) throws Exception;
    }

    private TestPluginContext.Route match(TestRequest request, Map<String, String> parameters) {
        String[] asked = request.path().substring(1).split("/", -1);
        TestPluginContext.Route best = null;
        int bestLiterals = -1;
        for (TestPluginContext.Route route : context.registeredRoutes().values()) {
            String[] template = route.path().substring(1).split("/", -1);
            if (route.method() != request.method() || template.length != asked.length) {
                continue;
            }
            Map<String, String> found = new HashMap<>();
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    found.put(template[i].substring(1, template[i].length() - 1), asked[i]);
                } else {
                    matches = template[i].equals(asked[i]);
                    literals++;
                }
            }
            if (matches && literals > bestLiterals) {
                best = route;
                bestLiterals = literals;
                parameters.clear();
                parameters.putAll(found);
            }
        }
        return best;
    }

    private TestResponse written(RouteResponse response) {
        Object body = response.body().orElse(null);
        if (body instanceof RouteResponse.Content content) {
            return new TestResponse(response.status(), response.headers(), Optional.empty(),
                    Optional.of(content.bytes()), Map.of(), null);
        }
        return new TestResponse(response.status(), response.headers(), Optional.ofNullable(body).map(jsonb::toJson),
                Optional.empty(), Map.of(), null);
    }

    private static TestResponse problem(int status, String detail, Map<String, String> fieldErrors) {
        return new TestResponse(status, Map.of(), Optional.empty(), Optional.empty(), fieldErrors, detail);
    }

    /** The request as the plugin's handler sees it, with the entity manager of its one transaction. */
    private final class Call extends ReceivedRequest {

        private EntityManager entityManager;

        private Call(TestRequest request, Map<String, String> parameters) {
            super(request.method(), request.path(), parameters, request.queryParameters(), request::headerValue,
                    request.body().orElse("").getBytes(StandardCharsets.UTF_8), request.caller(), jsonb, validation);
        }

        @Override
        public EntityManager entityManager() {
            if (entityManager == null) {
                entityManager = database().factory().createEntityManager();
                entityManager.getTransaction().begin();
            }
            return entityManager;
        }

        private void commit() {
            if (entityManager != null && entityManager.getTransaction().isActive()
                    && !entityManager.getTransaction().getRollbackOnly()) {
                entityManager.getTransaction().commit();
            }
        }

        private void close() {
            if (entityManager != null) {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
                entityManager.close();
            }
        }
    }
}
