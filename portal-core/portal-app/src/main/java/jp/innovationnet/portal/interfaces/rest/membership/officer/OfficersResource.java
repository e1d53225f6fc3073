package jp.innovationnet.portal.interfaces.rest.membership.officer;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.interfaces.rest.membership.organization.ProfileReader;
import jp.innovationnet.portal.interfaces.rest.membership.organization.RecordReader;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.officer.Office;
import jp.innovationnet.portal.membership.officer.OfficeTerm;
import jp.innovationnet.portal.membership.officer.OfficerRegistry;
import jp.innovationnet.portal.membership.officer.OfficerRegistry.SeatsTakenException;
import jp.innovationnet.portal.membership.officer.OfficerRegistry.TermNotFoundException;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;

/**
 * {@code /api/officers}: who holds which office. Every logged-in user reads the holders and the history; the
 * secretariat appoints people for a term and ends terms (409 when an office's seats are all taken).
 */
@Path("officers")
@RequestScoped
public class OfficersResource {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    OfficerRegistry officers;

    @Inject
    OrganizationDirectory directory;

    @Inject
    CurrentCaller caller;

    /**
     * @param on a day ({@code 2026-04-01}); today in Japan by default
     * @return the terms covering that day, by office
     */
    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray holders(@QueryParam("on") String on) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = on == null || on.isBlank() ? LocalDate.now(JAPAN) : date(on, "on", errors);
        errors.throwIfAny();
        return views(officers.holdersOn(day));
    }

    /** @return every term there has been, newest first */
    @GET
    @Path("terms")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public JsonArray history() {
        return views(officers.history());
    }

    /**
     * @param input the appointment
     * @return 201 with the term; 400 naming bad fields; 409 when the office's seats are taken
     */
    @POST
    @Path("terms")
    @RolesAllowed(PortalRole.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response appoint(AppointmentInput input) {
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        Office office = ProfileReader.coded(Office.class, input.office(), "office", errors);
        if (input.office() == null || input.office().isBlank()) {
            errors.add("office", "required: chair, steering-committee-chair, steering-committee-member or auditor");
        }
        String person = ProfileReader.required(input.personName(), "personName", ProfileReader.NAME_MAX, errors);
        String organizationId = RecordReader.alias(input.organizationId(), "organizationId", errors);
        if (organizationId != null && directory.find(organizationId).isEmpty()) {
            errors.add("organizationId", "no such organization");
        }
        LocalDate start = input.start() == null ? null : date(input.start(), "start", errors);
        if (input.start() == null) {
            errors.add("start", "required: the term's first day, e.g. 2026-04-01");
        }
        LocalDate end = input.end() == null || input.end().isBlank() ? null : date(input.end(), "end", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add("end", "after the start (" + start + ")");
        }
        errors.throwIfAny();
        try {
            OfficeTerm term = officers.appoint(office, person, organizationId, start, end, caller.get());
            return Response.created(URI.create("officers/terms/" + term.getId())).entity(view(term)).build();
        } catch (SeatsTakenException e) {
            return new Problem(409, "Conflict", e.getMessage(), Map.of("office", e.getMessage())).toResponse();
        }
    }

    /**
     * @param id    a term
     * @param input its last day and the version read
     * @return 200 with the term; 400 naming bad fields; 404; 409 when stale or a seat would be taken
     */
    @PUT
    @Path("terms/{id}/end")
    @RolesAllowed(PortalRole.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response end(@PathParam("id") long id, TermEnd input) {
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        long version = RecordReader.version(input.version(), errors);
        LocalDate end = input.end() == null ? null : date(input.end(), "end", errors);
        if (input.end() == null) {
            errors.add("end", "required: the term's last day");
        }
        errors.throwIfAny();
        try {
            return Response.ok(view(officers.end(id, version, end, caller.get()))).build();
        } catch (TermNotFoundException e) {
            throw Problem.of(404, "Not Found", e.getMessage()).asException();
        } catch (SeatsTakenException e) {
            return new Problem(409, "Conflict", e.getMessage(), Map.of("end", e.getMessage())).toResponse();
        } catch (IllegalArgumentException e) {
            return Problem.invalidField("end", e.getMessage()).toResponse();
        }
    }

    private JsonArray views(List<OfficeTerm> terms) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        terms.forEach(t -> array.add(view(t)));
        return array.build();
    }

    private JsonObject view(OfficeTerm t) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", t.getId())
                .add("office", t.getOffice().code())
                .add("officeLabel", Json.createObjectBuilder().add("ja", t.getOffice().labelJa())
                        .add("en", t.getOffice().labelEn()))
                .add("personName", t.getPersonName())
                .add("organizationId", t.getOrganizationId())
                .add("start", t.getStart().toString())
                .add("version", t.getVersion());
        directory.find(t.getOrganizationId()).ifPresent(o -> json.add("organizationNameJa", o.getNameJa())
                .add("organizationNameEn", o.getNameEn()));
        if (t.getEnd() == null) {
            json.addNull("end");
        } else {
            json.add("end", t.getEnd().toString());
        }
        return json.build();
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "a date such as 2026-04-01");
            return null;
        }
    }
}
