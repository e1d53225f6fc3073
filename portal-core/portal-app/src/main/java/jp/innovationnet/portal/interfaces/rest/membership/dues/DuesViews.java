package jp.innovationnet.portal.interfaces.rest.membership.dues;

import java.time.LocalDate;
import java.util.List;

import jp.innovationnet.portal.membership.dues.DuesSchedule;
import jp.innovationnet.portal.membership.dues.Invoice;
import jp.innovationnet.portal.membership.dues.Payment;
import jp.innovationnet.portal.membership.dues.TaxedAmount;

/** The JSON the dues API answers with. */
public final class DuesViews {

    private DuesViews() {
    }

    /** A year's dues of one class. */
    public record ScheduleView(int fiscalYear, String membershipClass, String membershipClassJa, long amount,
                        String taxTreatment, String taxTreatmentJa, int taxRatePercent, long tax, long total,
                        String updatedBy, String updatedAt) {

        public static ScheduleView of(DuesSchedule s) {
            TaxedAmount dues = s.dues();
            return new ScheduleView(s.getFiscalYear().startYear(), s.getMembershipClass().code(),
                    s.getMembershipClass().labelJa(), s.getAmount(), s.getTaxTreatment().code(),
                    s.getTaxTreatment().labelJa(), s.getTaxTreatment().ratePercent(), dues.tax(), dues.total(),
                    s.getUpdatedBy(), s.getUpdatedAt().toString());
        }
    }

    /** A payment. */
    public record PaymentView(long id, String invoiceNumber, String paidOn, long amount, String method,
                              String reference, String recordedBy) {

        public static PaymentView of(Invoice invoice, Payment p) {
            return new PaymentView(p.getId(), invoice.getNumber(), p.getPaidOn().toString(), p.getAmount(),
                    p.getMethod().code(), p.getReference(), p.getRecordedBy());
        }
    }

    /** An invoice, with its payments when asked for one invoice. */
    public record InvoiceView(String number, int fiscalYear, String organizationId, String recipientNameJa,
                       String recipientNameEn, String membershipClass, String issueDate, String dueDate,
                       long amount, String taxTreatment, int taxRatePercent, long tax, long total, long paid,
                       long balance, String status, String statusJa, boolean overdue, String voidReason,
                       String lastRemindedOn, int reminderCount, List<PaymentView> payments) {

        public static InvoiceView of(Invoice i, LocalDate today, List<Payment> payments) {
            TaxedAmount dues = i.dues();
            return new InvoiceView(i.getNumber(), i.getFiscalYear().startYear(), i.getOrganizationId(),
                    i.getRecipientNameJa(), i.getRecipientNameEn(), i.getMembershipClass().code(),
                    i.getIssueDate().toString(), i.getDueDate().toString(), dues.net(), dues.treatment().code(),
                    dues.treatment().ratePercent(), dues.tax(), dues.total(), i.getPaidAmount(), i.balance(),
                    i.getStatus().code(), i.getStatus().labelJa(), i.overdueOn(today), i.getVoidReason(),
                    i.getLastRemindedOn() == null ? null : i.getLastRemindedOn().toString(), i.getReminderCount(),
                    payments.stream().map(p -> PaymentView.of(i, p)).toList());
        }
    }
}
