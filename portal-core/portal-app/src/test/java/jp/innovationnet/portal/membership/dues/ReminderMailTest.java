package jp.innovationnet.portal.membership.dues;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.mail.OutgoingMail;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderMailTest {

    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    @Test
    void membersInJapanAreRemindedInJapaneseWithTheInvoiceAttached() {
        Invoice invoice = InvoiceTest.invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        invoice.pay(40_000);
        OutgoingMail mail = ReminderMail.of(invoice, "kaihi@tama.example", false, PDF);
        assertThat(mail.to()).isEqualTo("kaihi@tama.example");
        assertThat(mail.language()).isEqualTo(Locale.JAPANESE);
        assertThat(mail.subject()).contains("2026年度会費お支払いのお願い", "2026-0001");
        assertThat(mail.text()).contains("一般社団法人首都圏産業活性化協会 御中", "ご請求金額: 100,000円", "未入金残高: 60,000円",
                "お支払期限: 2026年4月30日", "事務局: 財団法人日本立地センター");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("invoice-2026-0001.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
            assertThat(a.content()).isEqualTo(PDF);
        });
    }

    @Test
    void organizationsAbroadAreRemindedInEnglish() {
        Invoice invoice = InvoiceTest.invoice(TaxTreatment.STANDARD_10, 50_000);
        OutgoingMail mail = ReminderMail.of(invoice, "dues@cluster.example", true, PDF);
        assertThat(mail.language()).isEqualTo(Locale.ENGLISH);
        assertThat(mail.subject()).contains("Reminder", "FY2026", "2026-0001");
        assertThat(mail.text()).contains("Dear TAMA Association", "JPY 55,000", "Outstanding: JPY 55,000", "2026-04-30",
                "Innovation Initiative Network Japan").doesNotContainPattern("\\p{IsHan}");
        assertThat(mail.attachments()).hasSize(1);
    }
}
