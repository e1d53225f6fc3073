package jp.innovationnet.portal.interfaces.rest.audit;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.audit.AuditTrail;

/** {@code GET /api/audit?targetType=&targetId=}: the history of one thing, newest first. */
@Path("audit")
@RequestScoped
@RolesAllowed("secretariat")
public class AuditResource {

    @Inject
    AuditTrail trail;

    /**
     * @param targetType the kind of thing, e.g. "organization" or "note"
     * @param targetId   its id
     * @return its audit entries
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, String>> history(@QueryParam("targetType") @NotBlank String targetType,
                                             @QueryParam("targetId") @NotBlank String targetId) {
        return trail.of(targetType, targetId).stream().map(e -> Map.of(
                "occurredAt", e.getOccurredAt().toString(), "actorId", e.getActorId(),
                "actorName", e.getActorName(), "source", e.getSource(), "action", e.getAction(),
                "changes", e.getChanges())).toList();
    }
}
