package jp.innovationnet.portal.interfaces.rest.membership.dues;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesRequests.IssueInput;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesRequests.PaymentInput;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesRequests.VoidInput;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesViews.InvoiceView;
import jp.innovationnet.portal.interfaces.rest.membership.dues.DuesViews.PaymentView;
import jp.innovationnet.portal.membership.dues.DuesCalendar;
import jp.innovationnet.portal.membership.dues.DuesLedger;
import jp.innovationnet.portal.membership.dues.DuesRuleException;
import jp.innovationnet.portal.membership.dues.Invoice;
import jp.innovationnet.portal.membership.dues.InvoicePdf;
import jp.innovationnet.portal.membership.dues.InvoiceStatus;
import jp.innovationnet.portal.membership.dues.Invoicing;
import jp.innovationnet.portal.membership.dues.Payment;
import jp.innovationnet.portal.membership.dues.PaymentBook;
import jp.innovationnet.portal.membership.dues.PaymentMethod;

/**
 * {@code /api/dues/invoices}: the secretariat issues, voids and takes payments against invoices and sees them all;
 * a member's administrators and staff see their own organization's invoices and nothing of another's (404, as if
 * they did not exist).
 */
@Path("dues/invoices")
@RequestScoped
public class DuesInvoicesResource {

    private static final String SECRETARIAT = "secretariat";

    @Inject
    Invoicing invoicing;

    @Inject
    PaymentBook payments;

    @Inject
    DuesLedger ledger;

    @Inject
    DuesCalendar calendar;

    @Inject
    InvoicePdf pdf;

    @Inject
    CurrentCaller caller;

    /**
     * @param fiscalYear     only this year's
     * @param organizationId only this organization's (the secretariat; members always see their own only)
     * @param status         only those in this status
     * @return the invoices the caller may see
     */
    @GET
    @RolesAllowed({SECRETARIAT, "member-admin", "member-staff"})
    @Produces(MediaType.APPLICATION_JSON)
    public List<InvoiceView> list(@QueryParam("fiscalYear") Integer fiscalYear,
                                  @QueryParam("organizationId") String organizationId,
                                  @QueryParam("status") String status) {
        PortalCaller me = caller.get();
        Optional<String> organization = me.hasRole(SECRETARIAT) ? Optional.ofNullable(organizationId)
                : Optional.of(me.organizationId().orElse(""));
        DuesLedger.Filter filter = new DuesLedger.Filter(
                Optional.ofNullable(fiscalYear).map(y -> DuesInput.fiscalYear("fiscalYear", y)), organization,
                Optional.ofNullable(status).map(s -> DuesInput.coded("status", InvoiceStatus.class, s)));
        LocalDate today = calendar.today();
        return ledger.list(filter).stream().map(i -> InvoiceView.of(i, today, List.of())).toList();
    }

    /**
     * Issues one organization's invoice for a year ({@code organizationId} required).
     *
     * @param input the organization, year and dates
     * @return 201 with the invoice
     */
    @POST
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@Valid @NotNull IssueInput input) {
        if (input.organizationId() == null || input.organizationId().isBlank()) {
            throw DuesRuleException.invalid("organizationId", "required", "団体IDを指定してください");
        }
        Invoice invoice = invoicing.issueOne(input.organizationId(), DuesInput.fiscalYear("fiscalYear",
                        input.fiscalYear()), DuesInput.date("issueDate", input.issueDate()).orElse(null),
                DuesInput.date("dueDate", input.dueDate()).orElse(null), caller.get());
        return Response.created(URI.create("/api/dues/invoices/" + invoice.getNumber()))
                .entity(InvoiceView.of(invoice, calendar.today(), List.of())).build();
    }

    /**
     * Issues the year's invoices to every active member with a class that has none yet; running it again issues
     * nothing twice.
     *
     * @param input the year and dates ({@code organizationId} is ignored)
     * @return the numbers issued and how many members had an invoice already
     */
    @POST
    @Path("issue-run")
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> issueRun(@Valid @NotNull IssueInput input) {
        Invoicing.IssueRun run = invoicing.issueAll(DuesInput.fiscalYear("fiscalYear", input.fiscalYear()),
                DuesInput.date("issueDate", input.issueDate()).orElse(null),
                DuesInput.date("dueDate", input.dueDate()).orElse(null), caller.get());
        return Map.of("issued", run.issued().stream().map(Invoice::getNumber).toList(),
                "alreadyInvoiced", run.alreadyInvoiced());
    }

    /** @return the invoices unpaid after their due date, oldest due first */
    @GET
    @Path("overdue")
    @RolesAllowed(SECRETARIAT)
    @Produces(MediaType.APPLICATION_JSON)
    public List<InvoiceView> overdue() {
        LocalDate today = calendar.today();
        return ledger.overdue(today).stream().map(i -> InvoiceView.of(i, today, List.of())).toList();
    }

    /** @param number an invoice number @return the invoice with its payments */
    @GET
    @Path("{number}")
    @RolesAllowed({SECRETARIAT, "member-admin", "member-staff"})
    @Produces(MediaType.APPLICATION_JSON)
    public InvoiceView get(@PathParam("number") String number) {
        Invoice invoice = visible(number);
        return InvoiceView.of(invoice, calendar.today(), ledger.payments(invoice));
    }

    /** @param number an invoice number @return its PDF (請求書) */
    @GET
    @Path("{number}/pdf")
    @RolesAllowed({SECRETARIAT, "member-admin", "member-staff"})
    @Produces("application/pdf")
    public Response pdf(@PathParam("number") String number) {
        Invoice invoice = visible(number);
        return Response.ok(pdf.render(invoice), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + InvoicePdf.fileName(invoice) + "\"")
                .build();
    }

    /**
     * @param number an invoice number
     * @param input  why
     * @return the voided invoice; 409 if it is voided already or has payments
     */
    @POST
    @Path("{number}/void")
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public InvoiceView voidInvoice(@PathParam("number") String number, @Valid @NotNull VoidInput input) {
        Invoice invoice = invoicing.voidInvoice(number, input.reason().strip(), caller.get());
        return InvoiceView.of(invoice, calendar.today(), List.of());
    }

    /**
     * @param number an invoice number
     * @param input  the payment
     * @return 201 with the payment; 400 naming {@code amount} for an overpayment
     */
    @POST
    @Path("{number}/payments")
    @RolesAllowed(SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response recordPayment(@PathParam("number") String number, @Valid @NotNull PaymentInput input) {
        Payment payment = payments.record(number, DuesInput.date("paidOn", input.paidOn()).orElseThrow(),
                input.amount(), DuesInput.coded("method", PaymentMethod.class, input.method()),
                input.reference() == null || input.reference().isBlank() ? null : input.reference().strip(),
                caller.get());
        Invoice invoice = ledger.find(number).orElseThrow();
        return Response.created(URI.create("/api/dues/invoices/" + number))
                .entity(PaymentView.of(invoice, payment)).build();
    }

    private Invoice visible(String number) {
        PortalCaller me = caller.get();
        return ledger.find(number)
                .filter(i -> me.hasRole(SECRETARIAT) || me.belongsTo(i.getOrganizationId()))
                .orElseThrow(() -> DuesRuleException.notFound("invoice " + number, "請求書 " + number));
    }
}
