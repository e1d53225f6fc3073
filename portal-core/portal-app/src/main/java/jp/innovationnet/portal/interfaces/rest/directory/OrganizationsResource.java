package jp.innovationnet.portal.interfaces.rest.directory;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.Contact;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;

/** {@code /api/organizations}: the secretariat's registry of organizations (the beginning of membership). */
@Path("organizations")
@RequestScoped
@RolesAllowed("secretariat")
public class OrganizationsResource {

    @Inject
    OrganizationRegistry registry;

    @Inject
    CurrentCaller caller;

    /**
     * @param input the organization
     * @return 201 with it; 409 if the alias is taken
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@Valid @NotNull NewOrganization input) {
        OrganizationKind kind = Coded.parse(OrganizationKind.class, input.kind()).orElseThrow(
                () -> Problem.invalidField("kind", "one of " + Coded.codesOf(OrganizationKind.class)).asException());
        OrganizationProfile place = OrganizationProfile.of(input.nameJa(), input.nameEn(), null,
                prefecture(input.prefecture()), Region.parse(input.region()).orElse(null));
        List<Contact> contacts = input.contacts() == null ? List.of() : input.contacts().stream()
                .map(c -> new Contact(c.name(), null, c.email(), null, c.primary())).toList();
        Organization organization = new Organization(input.id(), kind, new OrganizationProfile(place.nameJa(),
                place.nameEn(), null, null, place.prefecture(), place.region(), null, null, null, null, null, null,
                null, null, contacts), MembershipStatus.ACTIVE);
        if (input.membershipClass() != null) {
            organization.classify(kind, Coded.parse(MembershipClass.class, input.membershipClass()).orElseThrow(
                    () -> Problem.invalidField("membershipClass", "one of " + Coded.codesOf(MembershipClass.class))
                            .asException()), null);
        }
        try {
            registry.register(organization, caller.get(), null);
        } catch (OrganizationRegistry.DuplicateOrganizationException e) {
            return new Problem(409, "Conflict", e.getMessage(), Map.of("id", "taken")).toResponse();
        }
        return Response.created(URI.create("/api/organizations/" + input.id())).entity(view(organization)).build();
    }

    /**
     * @param id     an alias
     * @param change the new status
     * @return 200 with the organization; 404, or 409 when the change is not allowed
     */
    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeStatus(@PathParam("id") String id, @Valid @NotNull StatusChange change) {
        try {
            MembershipStatus next = Coded.parse(MembershipStatus.class, change.status()).orElseThrow(() -> Problem
                    .invalidField("status", "one of " + Coded.codesOf(MembershipStatus.class)).asException());
            return Response.ok(view(registry.changeStatus(id, next, change.reason(), caller.get()))).build();
        } catch (OrganizationRegistry.OrganizationNotFoundException e) {
            return Problem.of(404, "Not Found", e.getMessage()).toResponse();
        } catch (IllegalStateException e) {
            return new Problem(409, "Conflict", e.getMessage(), Map.of("status", e.getMessage())).toResponse();
        }
    }

    private static Prefecture prefecture(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Prefecture.parse(name).orElseThrow(() -> Problem
                .invalidField("prefecture", "a prefecture's JIS X 0401 code or name, e.g. 13 or Tokyo").asException());
    }

    private static Map<String, String> view(Organization o) {
        return Map.of("id", o.getId(), "nameJa", o.getNameJa(), "nameEn", o.getNameEn(), "kind", o.getKind().code(),
                "status", o.getStatus().code());
    }
}
