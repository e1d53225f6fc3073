package jp.innovationnet.portal.interfaces.rest.membership.application;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.interfaces.rest.membership.organization.ProfileReader;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.application.ApplicationDesk;
import jp.innovationnet.portal.membership.application.ApplicationDesk.ApplicationNotFoundException;
import jp.innovationnet.portal.membership.application.ApplicationDesk.ApplicationRecord;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry;

/**
 * {@code /api/applications}: the secretariat reviews membership applications. Each step answers with the
 * application; a step its status does not allow gets 409.
 * <pre>
 * applied ──review──▶ under-review ──information-requests──▶ information-requested
 *                      ▲   │  │                                   │ (applicant answers)
 *                      └───┼──┼───────────────────────────────────┘
 *             approval ◀───┘  └──▶ rejection (from any pending status)
 * </pre>
 */
@Path("applications")
@RequestScoped
@RolesAllowed(PortalRole.Names.SECRETARIAT)
public class ApplicationsResource {

    private static final int TEXT_MAX = 4000;
    private static final int PAGE_MAX = 200;

    @Inject
    ApplicationDesk desk;

    @Inject
    OrganizationRegistry registry;

    @Inject
    CurrentCaller caller;

    /**
     * @param status comma-separated status codes (default: the pending ones: applied, under-review,
     *               information-requested)
     * @param page   page number from 0
     * @param size   page size, 1 to 200
     * @return {@code {items, page, size}}, oldest application first
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        FieldErrors errors = new FieldErrors();
        Set<MembershipStatus> statuses = EnumSet.noneOf(MembershipStatus.class);
        if (status == null || status.isBlank()) {
            EnumSet.allOf(MembershipStatus.class).stream().filter(MembershipStatus::isPending).forEach(statuses::add);
        } else {
            for (String code : status.split(",")) {
                Coded.parse(MembershipStatus.class, code).ifPresentOrElse(statuses::add, () -> errors.add("status",
                        "comma-separated codes of " + Coded.codesOf(MembershipStatus.class)));
            }
        }
        if (page < 0) {
            errors.add("page", "0 or more");
        }
        if (size < 1 || size > PAGE_MAX) {
            errors.add("size", "from 1 to " + PAGE_MAX);
        }
        errors.throwIfAny();
        JsonArrayBuilder items = Json.createArrayBuilder();
        desk.list(statuses, page * size, size).forEach(r -> items.add(view(r)));
        return Json.createObjectBuilder().add("items", items).add("page", page).add("size", size).build();
    }

    /**
     * @param reference an application's reference
     * @return the application with its history; 404
     */
    @GET
    @Path("{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject read(@PathParam("reference") String reference) {
        return view(desk.byReference(reference).orElseThrow(() -> notFound(reference)));
    }

    /**
     * @param reference an application's reference
     * @return 200 with the application, now under review; 404; 409
     */
    @POST
    @Path("{reference}/review")
    @Produces(MediaType.APPLICATION_JSON)
    public Response startReview(@PathParam("reference") String reference) {
        return step(reference, () -> desk.startReview(reference, caller.get()));
    }

    /**
     * @param reference an application's reference
     * @param question  {@code {text}}: the question, mailed to the applicant
     * @return 200 with the application, waiting for the answer; 400 naming {@code text}; 404; 409
     */
    @POST
    @Path("{reference}/information-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response requestInformation(@PathParam("reference") String reference, TextInput question) {
        String text = text(question);
        return step(reference, () -> desk.requestInformation(reference, text, caller.get()));
    }

    /**
     * @param reference an application's reference
     * @return 200 with the application, its organization now an active member; 404; 409 unless under review
     */
    @POST
    @Path("{reference}/approval")
    @Produces(MediaType.APPLICATION_JSON)
    public Response approve(@PathParam("reference") String reference) {
        return step(reference, () -> desk.approve(reference, caller.get()));
    }

    /**
     * @param reference an application's reference
     * @param reason    {@code {text}}: why (required), mailed to the applicant
     * @return 200 with the rejected application; 400 naming {@code text}; 404; 409
     */
    @POST
    @Path("{reference}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("reference") String reference, TextInput reason) {
        String text = text(reason);
        return step(reference, () -> desk.reject(reference, text, caller.get()));
    }

    private Response step(String reference, Step step) {
        try {
            return Response.ok(view(step.run())).build();
        } catch (ApplicationNotFoundException e) {
            throw notFound(reference);
        } catch (IllegalStateException e) {
            return new Problem(409, "Conflict", e.getMessage(), Map.of("status", e.getMessage())).toResponse();
        }
    }

    private JsonObject view(ApplicationRecord record) {
        return ApplicationViews.forSecretariat(record, registry.history(record.organization().getId()));
    }

    private static String text(TextInput input) {
        FieldErrors errors = new FieldErrors();
        String text = ProfileReader.required(input == null ? null : input.text(), "text", TEXT_MAX, errors);
        errors.throwIfAny();
        return text;
    }

    private static jakarta.ws.rs.WebApplicationException notFound(String reference) {
        return Problem.of(404, "Not Found", "no application '" + reference + "'").asException();
    }

    /** One step of the review. */
    @FunctionalInterface
    private interface Step {
        ApplicationRecord run() throws ApplicationNotFoundException;
    }
}
