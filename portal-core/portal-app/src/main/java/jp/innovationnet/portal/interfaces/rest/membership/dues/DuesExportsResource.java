package jp.innovationnet.portal.interfaces.rest.membership.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.membership.dues.DuesCsv;
import jp.innovationnet.portal.membership.dues.FiscalYear;

/** {@code /api/dues/exports}: a fiscal year's invoices and payments as CSV for accounting (the secretariat). */
@Path("dues/exports/{fiscalYear}")
@RequestScoped
@RolesAllowed("secretariat")
public class DuesExportsResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    DuesCsv csv;

    @Inject
    CurrentCaller caller;

    /** @param year a fiscal year @return its invoices as CSV */
    @GET
    @Path("invoices.csv")
    @Produces(CSV)
    public Response invoices(@PathParam("fiscalYear") Integer year) {
        FiscalYear fiscalYear = DuesInput.fiscalYear("fiscalYear", year);
        return file(csv.invoices(fiscalYear, caller.get().locale()), "dues-invoices-" + fiscalYear + ".csv");
    }

    /** @param year a fiscal year @return the payments against its invoices as CSV */
    @GET
    @Path("payments.csv")
    @Produces(CSV)
    public Response payments(@PathParam("fiscalYear") Integer year) {
        FiscalYear fiscalYear = DuesInput.fiscalYear("fiscalYear", year);
        return file(csv.payments(fiscalYear, caller.get().locale()), "dues-payments-" + fiscalYear + ".csv");
    }

    private static Response file(byte[] content, String name) {
        return Response.ok(content, CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
