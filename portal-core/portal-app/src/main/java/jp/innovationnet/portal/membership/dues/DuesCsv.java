package jp.innovationnet.portal.membership.dues;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.text.safe.SpreadsheetCsv;

/**
 * The accountant's exports of a fiscal year: its invoices and its payments, as RFC 4180 CSV in UTF-8 with a byte
 * order mark (so that Excel opens Japanese text correctly), formulas defused ({@link SpreadsheetCsv}), headers and labels in the caller's language.
 */
@ApplicationScoped
public class DuesCsv {

    private static final SpreadsheetCsv CSV = new SpreadsheetCsv();

    private static final List<String> INVOICE_HEADERS_JA = List.of("請求書番号", "団体ID", "団体名", "会員種別",
            "発行日", "支払期限", "金額（税抜）", "消費税区分", "消費税額", "請求額", "入金額", "残高", "状態", "取消理由");
    private static final List<String> INVOICE_HEADERS_EN = List.of("Invoice number", "Organization ID",
            "Organization", "Class", "Issue date", "Due date", "Amount (before tax)", "Tax treatment", "Tax",
            "Total", "Paid", "Balance", "Status", "Void reason");
    private static final List<String> PAYMENT_HEADERS_JA = List.of("請求書番号", "団体ID", "団体名", "入金日", "入金額",
            "入金方法", "参照番号", "記録者");
    private static final List<String> PAYMENT_HEADERS_EN = List.of("Invoice number", "Organization ID",
            "Organization", "Paid on", "Amount", "Method", "Reference", "Recorded by");

    @Inject
    DuesLedger ledger;

    /**
     * @param year   a fiscal year
     * @param locale the language of headers and labels
     * @return its invoices by number, one line each
     */
    public byte[] invoices(FiscalYear year, Locale locale) {
        boolean ja = japanese(locale);
        return CSV.write(ja ? INVOICE_HEADERS_JA : INVOICE_HEADERS_EN, ledger.ofYear(year).stream().map(i -> List.<Object>of(
                i.getNumber(), i.getOrganizationId(), ja ? i.getRecipientNameJa() : i.getRecipientNameEn(),
                label(i.getMembershipClass(), ja), i.getIssueDate(), i.getDueDate(), i.dues().net(),
                label(i.dues().treatment(), ja), i.dues().tax(), i.dues().total(), i.getPaidAmount(), i.balance(),
                label(i.getStatus(), ja), i.getVoidReason() == null ? "" : i.getVoidReason())).toList());
    }

    /**
     * @param year   a fiscal year
     * @param locale the language of headers and labels
     * @return the payments against its invoices, by date
     */
    public byte[] payments(FiscalYear year, Locale locale) {
        boolean ja = japanese(locale);
        Map<Long, Invoice> invoices = ledger.ofYear(year).stream()
                .collect(Collectors.toMap(Invoice::getId, Function.identity()));
        return CSV.write(ja ? PAYMENT_HEADERS_JA : PAYMENT_HEADERS_EN, ledger.paymentsOfYear(year).stream().map(p -> {
            Invoice i = invoices.get(p.getInvoiceId());
            return List.<Object>of(i.getNumber(), i.getOrganizationId(),
                    ja ? i.getRecipientNameJa() : i.getRecipientNameEn(), p.getPaidOn(), p.getAmount(),
                    label(p.getMethod(), ja), p.getReference() == null ? "" : p.getReference(), p.getRecordedBy());
        }).toList());
    }

    private static String label(Coded value, boolean ja) {
        return ja ? value.labelJa() : value.labelEn();
    }

    private static boolean japanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }
}
