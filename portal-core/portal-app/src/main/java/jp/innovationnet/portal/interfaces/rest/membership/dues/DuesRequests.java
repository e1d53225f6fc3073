package jp.innovationnet.portal.interfaces.rest.membership.dues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The JSON the dues API accepts. Dates are ISO dates ({@code 2026-04-01}), dates in Japan. */
public final class DuesRequests {

    private DuesRequests() {
    }

    /**
     * A year's dues of one class.
     *
     * @param amount       annual dues in yen (before tax where tax applies)
     * @param taxTreatment {@code not-taxable} (不課税, the default) or {@code standard-10}
     */
    public record ScheduleInput(@NotNull Long amount, String taxTreatment) {
    }

    /**
     * The year's invoices to every active member with a class (an issue run), or one organization's invoice.
     *
     * @param fiscalYear     the fiscal year, e.g. 2026
     * @param organizationId the organization (one invoice only)
     * @param issueDate      the date of issue; today when absent
     * @param dueDate        when payment is due
     */
    public record IssueInput(@NotNull Integer fiscalYear, @Size(max = 64) String organizationId, String issueDate,
                      @NotBlank String dueDate) {
    }

    /**
     * Why an invoice is voided.
     *
     * @param reason shown with the invoice and in the audit trail
     */
    public record VoidInput(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * A payment.
     *
     * @param paidOn    the day the money arrived
     * @param amount    yen
     * @param method    bank-transfer, postal-transfer, cash or other
     * @param reference the bank's reference or a note
     */
    public record PaymentInput(@NotBlank String paidOn, @NotNull Long amount, @NotBlank String method,
                        @Size(max = 200) String reference) {
    }
}
