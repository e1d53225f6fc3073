package jp.innovationnet.portal.interfaces.rest.membership.dues;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesRequests.ScheduleInput;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesViews.ScheduleView;
import jp.innovationnet.portal.membership.dues.DuesSchedules;
import jp.innovationnet.portal.membership.dues.TaxTreatment;
import jp.innovationnet.portal.membership.organization.MembershipClass;

/** {@code /api/dues/schedules}: the secretariat sets the annual dues per class and fiscal year. */
@Path("dues/schedules")
@RequestScoped
@RolesAllowed("secretariat")
public class DuesSchedulesResource {

    @Inject
    DuesSchedules schedules;

    @Inject
    CurrentCaller caller;

    /** @param year a fiscal year, e.g. 2026 @return its dues, by class */
    @GET
    @Path("{fiscalYear}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ScheduleView> ofYear(@PathParam("fiscalYear") Integer year) {
        return schedules.of(DuesInput.fiscalYear("fiscalYear", year)).stream().map(ScheduleView::of).toList();
    }

    /**
     * @param year            a fiscal year
     * @param membershipClass {@code full} or {@code supporting}
     * @param input           the amount and tax treatment
     * @return the dues as set
     */
    @PUT
    @Path("{fiscalYear}/{membershipClass}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ScheduleView set(@PathParam("fiscalYear") Integer year,
                            @PathParam("membershipClass") String membershipClass,
                            @Valid @NotNull ScheduleInput input) {
        TaxTreatment tax = input.taxTreatment() == null ? TaxTreatment.NOT_TAXABLE
                : DuesInput.coded("taxTreatment", TaxTreatment.class, input.taxTreatment());
        return ScheduleView.of(schedules.set(DuesInput.fiscalYear("fiscalYear", year),
                DuesInput.coded("membershipClass", MembershipClass.class, membershipClass), input.amount(), tax,
                caller.get()));
    }
}
