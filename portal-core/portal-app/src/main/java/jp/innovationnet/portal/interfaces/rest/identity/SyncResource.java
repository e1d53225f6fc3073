package jp.innovationnet.portal.interfaces.rest.identity;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.keycloak.KeycloakException;
import jp.innovationnet.portal.identity.sync.Reconciler;
import jp.innovationnet.portal.identity.sync.SyncQueue;
import jp.innovationnet.portal.identity.sync.SyncTask;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * {@code /api/identity/sync} (secretariat): the state of the Keycloak sync queue, and repairing drift on demand.
 */
@Path("identity/sync")
@RequestScoped
@RolesAllowed("secretariat")
public class SyncResource {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    SyncQueue queue;

    @Inject
    Reconciler reconciler;

    /**
     * @param organizationId one organization's tasks, done ones included; absent: every pending task
     * @return counts and tasks (payloads are not shown)
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String state(@QueryParam("organizationId") String organizationId) {
        SyncQueue.Counts counts = queue.counts();
        List<SyncTask> tasks = organizationId == null || organizationId.isBlank() ? queue.pending()
                : queue.of(organizationId);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (SyncTask task : tasks) {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("id", task.getId())
                    .add("organizationId", task.getOrganizationId())
                    .add("kind", task.getKind().name())
                    .add("status", task.getStatus().name())
                    .add("attempts", task.getAttempts())
                    .add("createdAt", task.getCreatedAt().toString());
            if (task.getStatus() == SyncTask.Status.PENDING) {
                json.add("nextAttemptAt", task.getNextAttemptAt().toString());
            }
            if (task.getDoneAt() != null) {
                json.add("doneAt", task.getDoneAt().toString());
            }
            if (task.getLastError() != null) {
                json.add("lastError", task.getLastError());
            }
            array.add(json);
        }
        return JSON.createObjectBuilder().add("pending", counts.pending()).add("failing", counts.failing())
                .add("done", counts.done()).add("tasks", array).build().toString();
    }

    /** @return what the comparison with Keycloak found and queued; 503 when Keycloak cannot be reached */
    @POST
    @Path("reconcile")
    @Produces(MediaType.APPLICATION_JSON)
    public String reconcile() {
        Reconciler.Report report;
        try {
            report = reconciler.reconcile();
        } catch (KeycloakException e) {
            throw Problem.of(503, "Service Unavailable", "Keycloak could not be compared with the portal: "
                    + e.getMessage()).asException();
        }
        JsonObjectBuilder repaired = JSON.createObjectBuilder();
        report.repaired().forEach(repaired::add);
        JsonArrayBuilder unknown = JSON.createArrayBuilder();
        report.unknownToPortal().forEach(unknown::add);
        JsonArrayBuilder granted = JSON.createArrayBuilder();
        report.administratorsGranted().forEach(granted::add);
        return JSON.createObjectBuilder().add("checked", report.checked()).add("repaired", repaired)
                .add("unknownToPortal", unknown).add("administratorsGranted", granted).build().toString();
    }
}
