package jp.innovationnet.portal.membership.dues;

import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.mail.MailAttachment;
import jp.innovationnet.portal.mail.OutgoingMail;

/**
 * The reminder of an overdue invoice, to the organization's primary contact: in Japanese, or in English for an
 * organization abroad, with the invoice's PDF attached.
 */
public final class ReminderMail {

    private ReminderMail() {
    }

    /**
     * @param invoice the overdue invoice
     * @param to      the primary contact's address
     * @param english whether to write in English (organizations abroad)
     * @param pdf     the invoice's PDF
     * @return the mail
     */
    public static OutgoingMail of(Invoice invoice, String to, boolean english, byte[] pdf) {
        List<MailAttachment> attachment = List.of(new MailAttachment(InvoicePdf.fileName(invoice), "application/pdf",
                pdf));
        return english
                ? new OutgoingMail(to, Locale.ENGLISH, subjectEn(invoice), textEn(invoice), attachment)
                : new OutgoingMail(to, Locale.JAPANESE, subjectJa(invoice), textJa(invoice), attachment);
    }

    private static String subjectJa(Invoice invoice) {
        return "【" + InvoiceIssuer.NAME_JA + "】" + invoice.getFiscalYear().labelJa() + "会費お支払いのお願い（請求書 "
                + invoice.getNumber() + "）";
    }

    private static String textJa(Invoice invoice) {
        return invoice.getRecipientNameJa() + " 御中\n\n"
                + "平素より" + InvoiceIssuer.NAME_JA + "の活動にご協力いただき、誠にありがとうございます。\n"
                + "下記の会費について、お支払期限を過ぎてもご入金を確認できておりません。\n"
                + "お手数ですが、お支払いくださいますようお願い申し上げます。\n"
                + "行き違いでお支払い済みの場合は、ご容赦ください。\n\n"
                + "請求書番号: " + invoice.getNumber() + "\n"
                + "内容: " + invoice.getFiscalYear().labelJa() + " 年会費（" + invoice.getMembershipClass().labelJa()
                + "）\n"
                + "ご請求金額: " + InvoicePdf.yen(invoice.dues().total()) + "\n"
                + "未入金残高: " + InvoicePdf.yen(invoice.balance()) + "\n"
                + "お支払期限: " + InvoicePdf.date(invoice.getDueDate()) + "\n\n"
                + "請求書（PDF）を添付いたします。\n\n"
                + InvoiceIssuer.NAME_JA + "\n" + InvoiceIssuer.SECRETARIAT_JA + "\n";
    }

    private static String subjectEn(Invoice invoice) {
        return "[" + InvoiceIssuer.NAME_EN + "] Reminder: membership dues " + invoice.getFiscalYear().labelEn()
                + " (invoice " + invoice.getNumber() + ")";
    }

    private static String textEn(Invoice invoice) {
        return "Dear " + invoice.getRecipientNameEn() + ",\n\n"
                + "Thank you for your support of " + InvoiceIssuer.NAME_EN + ".\n"
                + "We have not yet received payment of the membership dues below, which were due on "
                + invoice.getDueDate() + ". We would be grateful if you could settle them.\n"
                + "If you have paid in the meantime, please disregard this reminder.\n\n"
                + "Invoice: " + invoice.getNumber() + "\n"
                + "For: membership dues " + invoice.getFiscalYear().labelEn() + " ("
                + invoice.getMembershipClass().labelEn() + ")\n"
                + "Amount: JPY " + String.format(Locale.ROOT, "%,d", invoice.dues().total()) + "\n"
                + "Outstanding: JPY " + String.format(Locale.ROOT, "%,d", invoice.balance()) + "\n\n"
                + "The invoice (PDF, in Japanese) is attached.\n\n"
                + InvoiceIssuer.NAME_EN + "\n" + InvoiceIssuer.SECRETARIAT_EN + "\n";
    }
}
