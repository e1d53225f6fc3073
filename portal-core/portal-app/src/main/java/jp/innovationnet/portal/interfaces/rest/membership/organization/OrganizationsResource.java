package jp.innovationnet.portal.interfaces.rest.membership.organization;

import java.net.URI;
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
import jakarta.ws.rs.ForbiddenException;
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
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.identity.PortalRole;
import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.interfaces.rest.membership.organization.OrganizationViews.Visibility;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationDirectory;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry.Classification;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry.DomainTakenException;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry.OrganizationNotFoundException;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry;

/**
 * {@code /api/organizations}: the registry of organizations.
 * <ul>
 *   <li>The secretariat registers, lists, reads and edits any organization (its classification, domains and
 *       profile) and suspends, reinstates or withdraws members.</li>
 *   <li>A member administrator edits its own organization's profile (never its kind, class, domains or status)
 *       and reads its lifecycle history.</li>
 *   <li>An organization's own people read its whole record, contacts included; every other logged-in user reads
 *       the public view of active organizations only (others are 404 to them).</li>
 * </ul>
 * Edits carry the {@code version} of the record they are based on (in the body); a stale version gets 409.
 */
@Path("organizations")
@RequestScoped
public class OrganizationsResource {

    private static final int PAGE_MAX = 200;
    private static final int REASON_MAX = 2000;
    private static final String SECRETARIAT = PortalRole.Names.SECRETARIAT;

    @Inject
    OrganizationRegistry registry;

    @Inject
    OrganizationDirectory directory;

    @Inject
    CurrentCaller currentCaller;

    /**
     * @param input the organization: {@code id}, {@code kind}, {@code membershipClass}, {@code profile}...
     * @return 201 with its whole record; 400 naming bad fields; 409 if the alias or a domain is taken
     */
    @POST
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(OrganizationInput input) {
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        String id = RecordReader.alias(input.id(), "id", errors);
        Classification classification = RecordReader.classification(input.kind(), input.membershipClass(),
                input.memberNumber(), errors);
        Set<String> domains = RecordReader.domains(input.domains(), errors);
        MembershipStatus status = firstStatus(input.status(), errors);
        OrganizationProfile profile = ProfileReader.read(input.profile(), "profile", errors).orElse(null);
        errors.throwIfAny();
        Organization organization = new Organization(id, classification.kind(), profile, status);
        organization.classify(classification.kind(), classification.membershipClass(), classification.memberNumber());
        organization.changeDomains(domains);
        try {
            registry.checkDomainsFree(id, domains);
            registry.register(organization, currentCaller.get(), null);
        } catch (OrganizationRegistry.DuplicateOrganizationException e) {
            return new Problem(409, "Conflict", e.getMessage(), Map.of("id", "taken")).toResponse();
        } catch (DomainTakenException e) {
            return domainTaken(e);
        }
        return Response.created(URI.create("organizations/" + id))
                .entity(OrganizationViews.of(organization, Visibility.PRIVATE)).build();
    }

    /**
     * @param status a status code to filter by, or none
     * @param kind   a kind code to filter by, or none
     * @param page   page number from 0
     * @param size   page size, 1 to 200
     * @return {@code {items, page, size, total}}: whole records, by alias
     */
    @GET
    @RolesAllowed(SECRETARIAT)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                           @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size) {
        FieldErrors errors = new FieldErrors();
        MembershipStatus wantedStatus = ProfileReader.coded(MembershipStatus.class, status, "status", errors);
        OrganizationKind wantedKind = ProfileReader.coded(OrganizationKind.class, kind, "kind", errors);
        if (page < 0) {
            errors.add("page", "0 or more");
        }
        if (size < 1 || size > PAGE_MAX) {
            errors.add("size", "from 1 to " + PAGE_MAX);
        }
        errors.throwIfAny();
        JsonArrayBuilder items = Json.createArrayBuilder();
        directory.page(wantedStatus, wantedKind, page * size, size)
                .forEach(o -> items.add(OrganizationViews.of(o, Visibility.PRIVATE)));
        return Json.createObjectBuilder().add("items", items).add("page", page).add("size", size)
                .add("total", directory.count(wantedStatus, wantedKind)).build();
    }

    /**
     * @param id an alias
     * @return the whole record for the secretariat and the organization's own people; the public view of an active
     *         organization for everybody else logged in; 404 otherwise
     */
    @GET
    @Path("{id}")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject read(@PathParam("id") String id) {
        PortalCaller caller = currentCaller.get();
        Organization organization = directory.find(id).orElseThrow(() -> notFound(id));
        if (caller.hasRole(SECRETARIAT) || caller.belongsTo(id)) {
            return OrganizationViews.of(organization, Visibility.PRIVATE);
        }
        if (!organization.isActive()) {
            throw notFound(id);
        }
        return OrganizationViews.of(organization, Visibility.PUBLIC);
    }

    /**
     * The secretariat replaces a whole record: classification, domains and profile (not the status).
     *
     * @param id    an alias
     * @param input the record, with the {@code version} it is based on
     * @return 200 with the record; 400 naming bad fields; 404; 409 when the version is stale or a domain is taken
     */
    @PUT
    @Path("{id}")
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, OrganizationInput input) {
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        long version = RecordReader.version(input.version(), errors);
        Classification classification = RecordReader.classification(input.kind(), input.membershipClass(),
                input.memberNumber(), errors);
        Set<String> domains = RecordReader.domains(input.domains(), errors);
        OrganizationProfile profile = ProfileReader.read(input.profile(), "profile", errors).orElse(null);
        errors.throwIfAny();
        try {
            Organization changed = registry.updateRecord(id, version, classification, domains, profile,
                    currentCaller.get());
            return Response.ok(OrganizationViews.of(changed, Visibility.PRIVATE)).build();
        } catch (OrganizationNotFoundException e) {
            throw notFound(id);
        } catch (DomainTakenException e) {
            return domainTaken(e);
        }
    }

    /**
     * The organization's administrator (or the secretariat) replaces its profile.
     *
     * @param id   an alias
     * @param edit the profile, with the {@code version} it is based on
     * @return 200 with the record; 400 naming bad fields; 403 for another organization's administrator; 404; 409
     *         when the version is stale
     */
    @PUT
    @Path("{id}/profile")
    @RolesAllowed({SECRETARIAT, "member-admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject editProfile(@PathParam("id") String id, ProfileEdit edit) {
        PortalCaller caller = ownAdministratorOrSecretariat(id);
        FieldErrors errors = new FieldErrors();
        if (edit == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        long version = RecordReader.version(edit.version(), errors);
        OrganizationProfile profile = ProfileReader.read(edit.profile(), "profile", errors).orElse(null);
        errors.throwIfAny();
        try {
            return OrganizationViews.of(registry.updateProfile(id, version, profile, caller), Visibility.PRIVATE);
        } catch (OrganizationNotFoundException e) {
            throw notFound(id);
        }
    }

    /**
     * The secretariat suspends, reinstates or withdraws a member. Applications move through
     * {@code /api/applications} instead.
     *
     * @param id     an alias
     * @param change the new status and the reason
     * @return 200 with the record; 400 naming bad fields; 404; 409 when the step is not allowed from its status
     */
    @PUT
    @Path("{id}/status")
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeStatus(@PathParam("id") String id, StatusChange change) {
        FieldErrors errors = new FieldErrors();
        if (change == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        MembershipStatus next = ProfileReader.coded(MembershipStatus.class, change.status(), "status", errors);
        if (change.status() == null || change.status().isBlank()) {
            errors.add("status", "required: suspended, active or withdrawn");
        } else if (next != null && next != MembershipStatus.SUSPENDED && next != MembershipStatus.ACTIVE
                && next != MembershipStatus.WITHDRAWN) {
            errors.add("status", "suspended, active or withdrawn; applications are decided under /api/applications");
        }
        String reason = ProfileReader.required(change.reason(), "reason", REASON_MAX, errors);
        errors.throwIfAny();
        try {
            Organization organization = directory.find(id).orElseThrow(() -> notFound(id));
            if (next == MembershipStatus.ACTIVE && organization.getStatus() != MembershipStatus.SUSPENDED) {
                return conflict("only a suspended member is reinstated here; applications are approved under "
                        + "/api/applications");
            }
            Organization changed = registry.changeStatus(id, next, reason, currentCaller.get());
            return Response.ok(OrganizationViews.of(changed, Visibility.PRIVATE)).build();
        } catch (OrganizationNotFoundException e) {
            throw notFound(id);
        } catch (IllegalStateException e) {
            return conflict(e.getMessage());
        }
    }

    /**
     * @param id an alias
     * @return its lifecycle, oldest step first: for the secretariat and the organization's own administrator
     */
    @GET
    @Path("{id}/history")
    @RolesAllowed({SECRETARIAT, "member-admin"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response history(@PathParam("id") String id) {
        ownAdministratorOrSecretariat(id);
        if (directory.find(id).isEmpty()) {
            throw notFound(id);
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        registry.history(id).forEach(t -> steps.add(OrganizationViews.of(t)));
        return Response.ok(steps.build()).build();
    }

    private PortalCaller ownAdministratorOrSecretariat(String id) {
        PortalCaller caller = currentCaller.get();
        if (!caller.hasRole(SECRETARIAT) && !caller.belongsTo(id)) {
            throw new ForbiddenException("Only the organization's own administrators and the secretariat may do this.");
        }
        return caller;
    }

    private static MembershipStatus firstStatus(String status, FieldErrors errors) {
        if (status == null || status.isBlank()) {
            return MembershipStatus.ACTIVE;
        }
        MembershipStatus parsed = ProfileReader.coded(MembershipStatus.class, status, "status", errors);
        if (parsed != null && parsed != MembershipStatus.ACTIVE && parsed != MembershipStatus.APPLIED) {
            errors.add("status", "active or applied");
        }
        return parsed;
    }

    private static jakarta.ws.rs.WebApplicationException notFound(String id) {
        return Problem.of(404, "Not Found", "no organization '" + id + "'").asException();
    }

    private static Response conflict(String message) {
        return new Problem(409, "Conflict", message, Map.of("status", message)).toResponse();
    }

    private static Response domainTaken(DomainTakenException e) {
        return new Problem(409, "Conflict", e.getMessage(), Map.of("domains", e.getMessage())).toResponse();
    }
}
