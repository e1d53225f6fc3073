package jp.innovationnet.portal.interfaces.rest.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.audit.AuditEntry;
import jp.innovationnet.portal.audit.AuditQuery;
import jp.innovationnet.portal.audit.AuditTrail;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/**
 * {@code GET /api/audit}: the secretariat searches the audit trail, newest entry first, one page at a time. Every
 * filter is optional: {@code targetType}, {@code targetId}, {@code actor} (user id or name), {@code action},
 * {@code from} (inclusive) and {@code to} (exclusive) as ISO-8601 instants; {@code page} from 0, {@code size} up to
 * 200. The body is the page's entries; {@code X-Total-Count} says how many match. There is no way to change or
 * delete an entry (PUT, POST and DELETE get 405).
 */
@Path("audit")
@RequestScoped
@RolesAllowed("secretariat")
public class AuditResource {

    private static final int PAGE_MAX = 200;

    @Inject
    AuditTrail trail;

    /**
     * @param targetType the kind of thing, e.g. "organization" or "note"
     * @param targetId   its id
     * @param actor      who
     * @param action     what
     * @param from       since (inclusive)
     * @param to         until (exclusive)
     * @param page       page from 0
     * @param size       page size
     * @return the entries; 400 naming a bad parameter
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(@QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                           @QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw Problem.invalidField("page", "0 or more").asException();
        }
        if (size < 1 || size > PAGE_MAX) {
            throw Problem.invalidField("size", "from 1 to " + PAGE_MAX).asException();
        }
        AuditQuery query = new AuditQuery(blankToNull(targetType), blankToNull(targetId), blankToNull(actor),
                blankToNull(action), instant(from, "from"), instant(to, "to"));
        List<Map<String, String>> entries = trail.search(query, page * size, size).stream()
                .map(AuditResource::view).toList();
        return Response.ok(entries).header("X-Total-Count", trail.count(query)).build();
    }

    private static Map<String, String> view(AuditEntry e) {
        return Map.of("occurredAt", e.getOccurredAt().toString(), "actorId", e.getActorId(),
                "actorName", e.getActorName(), "source", e.getSource(), "action", e.getAction(),
                "targetType", e.getTargetType(), "targetId", e.getTargetId(), "changes", e.getChanges());
    }

    private static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.invalidField(field, "an ISO-8601 instant such as 2026-04-01T00:00:00Z").asException();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
