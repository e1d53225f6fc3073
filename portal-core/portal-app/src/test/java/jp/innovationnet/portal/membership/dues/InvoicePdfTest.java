package jp.innovationnet.portal.membership.dues;

import java.io.IOException;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Renders invoices and reads them back as text: what a qualified invoice must say is there, in Japanese. */
class InvoicePdfTest {

    private static InvoicePdf renderer(String registrationNumber) {
        InvoiceIssuer issuer = new InvoiceIssuer();
        issuer.configured = Optional.ofNullable(registrationNumber);
        InvoicePdf pdf = new InvoicePdf();
        pdf.issuer = issuer;
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aNotTaxableInvoiceSaysSoAndCarriesEverythingAQualifiedInvoiceNeeds() throws IOException {
        byte[] pdf = renderer("T9000000000000").render(InvoiceTest.invoice(TaxTreatment.NOT_TAXABLE, 100_000));
        String text = text(pdf);
        assertThat(text).contains("請求書", "2026-0001", "発行日: 2026年4月1日")
                .contains("一般社団法人首都圏産業活性化協会 御中")
                .contains("全国イノベーション推進機関ネットワーク", "事務局: 財団法人日本立地センター")
                .contains("登録番号: T9000000000000")
                .contains("2026年4月1日〜2027年3月31日", "2026年度 年会費（正会員）")
                .contains("不課税対象 合計", "100,000円", "不課税")
                .contains("お支払期限: 2026年4月30日");
        assertThat(text).doesNotContain("消費税（10%）");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("the font travels with the document").isTrue();
            assertThat(font.getName()).contains("IPAexGothic");
        }
    }

    @Test
    void aTaxableInvoiceShowsTheAmountPerRateAndTheTax() throws IOException {
        String text = text(renderer("T9000000000000").render(InvoiceTest.invoice(TaxTreatment.STANDARD_10, 50_000)));
        assertThat(text).contains("金額（税抜）", "10%対象 合計（税抜）", "50,000円", "消費税（10%）", "5,000円", "55,000円（税込）");
        assertThat(text).doesNotContain("不課税");
    }

    @Test
    void aVoidedInvoiceSaysSoWithItsReason() throws IOException {
        Invoice invoice = InvoiceTest.invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        invoice.voidFor("金額誤りのため再発行", "jilc.secretariat");
        assertThat(text(renderer("T9000000000000").render(invoice))).contains("【取消済】", "金額誤りのため再発行");
    }

    @Test
    void characterTheFontLacksAreShownAsGeta() throws IOException {
        Invoice invoice = InvoiceTest.invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        invoice.voidFor("誤り\uD83D\uDE00", "jilc.secretariat");
        assertThat(text(renderer("T9000000000000").render(invoice))).contains("誤り〓");
    }

    @Test
    void noInvoiceWithoutAValidRegistrationNumber() {
        Invoice invoice = InvoiceTest.invoice(TaxTreatment.NOT_TAXABLE, 100_000);
        assertThatThrownBy(() -> renderer(null).render(invoice)).isInstanceOf(DuesRuleException.class)
                .hasMessageContaining("PORTAL_INVOICE_REGISTRATION_NUMBER");
        assertThatThrownBy(() -> renderer("T1000000000000").render(invoice)).isInstanceOf(DuesRuleException.class)
                .hasMessageContaining("check digit");
    }
}
