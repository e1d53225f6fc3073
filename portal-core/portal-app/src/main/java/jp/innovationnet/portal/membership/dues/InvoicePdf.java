package jp.innovationnet.portal.membership.dues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an invoice as a PDF in Japanese (請求書) that meets the qualified-invoice system (適格請求書等保存方式):
 * the issuer's name and registration number, the transaction date (the fiscal year the dues are for), what is
 * billed, the amount per tax rate with the tax (or that the dues are outside the scope of consumption tax), and the
 * recipient's name. The IPAex Gothic font (IPA Font License v1.0) is bundled in the application and embedded in
 * every document as a subset, so the PDF shows the same everywhere and the server needs no fonts installed.
 */
@ApplicationScoped
public class InvoicePdf {

    /** Where the bundled font lives on the class path. */
    static final String FONT = "/fonts/ipaexg.ttf";

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    /** Parsed once, on first use (a 6 MB font takes a while); PDFBox reads it while subsetting, so documents take turns. */
    private TrueTypeFont font;

    @Inject
    InvoiceIssuer issuer;

    /**
     * @param invoice an invoice
     * @return its PDF
     * @throws DuesRuleException (unavailable) when no valid registration number is configured
     */
    public byte[] render(Invoice invoice) {
        RegistrationNumber registration = issuer.registrationNumber();
        try {
            return searchable(layOut(invoice, registration));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering invoice " + invoice.getNumber(), e);
        }
    }

    private synchronized byte[] layOut(Invoice invoice, RegistrationNumber registration) throws IOException {
        if (font == null) {
            font = loadFont();
        }
        try (PDDocument document = new PDDocument()) {
            PDType0Font japanese = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("請求書 " + invoice.getNumber());
            info.setAuthor(InvoiceIssuer.NAME_JA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Layout(content, japanese).draw(invoice, registration);
            }
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            document.save(subset);
            return subset.toByteArray();
        }
    }

    private static byte[] searchable(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ToUnicodeRepair.repair(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (font != null) {
            font.close();
        }
    }

    /** @param invoice an invoice @return the file name its PDF is offered under, e.g. {@code invoice-2026-0001.pdf} */
    public static String fileName(Invoice invoice) {
        return "invoice-" + invoice.getNumber() + ".pdf";
    }

    /** @param yen an amount @return it as written on the invoice, e.g. {@code 100,000円} */
    static String yen(long yen) {
        return String.format(Locale.ROOT, "%,d円", yen);
    }

    /** @param date a date @return it in Japanese, e.g. {@code 2026年4月1日} */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static TrueTypeFont loadFont() {
        try (InputStream in = InvoicePdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the invoice font " + FONT + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one invoice on one page, top to bottom. */
    private record Layout(PDPageContentStream content, PDType0Font font) {

        void draw(Invoice invoice, RegistrationNumber registration) throws IOException {
            centred("請求書", 22, HEIGHT - 80);
            right("請求書番号: " + invoice.getNumber(), 10, HEIGHT - 110);
            right("発行日: " + date(invoice.getIssueDate()), 10, HEIGHT - 125);

            text(invoice.getRecipientNameJa() + " 御中", 14, MARGIN, HEIGHT - 160);
            line(MARGIN, HEIGHT - 165, WIDTH / 2 + 40, HEIGHT - 165);

            float y = HEIGHT - 195;
            right(InvoiceIssuer.NAME_JA, 11, y);
            right(InvoiceIssuer.SECRETARIAT_JA, 10, y - 15);
            right("登録番号: " + registration, 10, y - 30);

            TaxedAmount dues = invoice.dues();
            text("下記のとおりご請求申し上げます。", 10.5f, MARGIN, HEIGHT - 270);
            text("ご請求金額  " + yen(dues.total()) + (dues.treatment().taxable() ? "（税込）" : "（不課税）"), 16,
                    MARGIN, HEIGHT - 300);
            line(MARGIN, HEIGHT - 306, MARGIN + 300, HEIGHT - 306);
            text("お支払期限: " + date(invoice.getDueDate()), 10.5f, MARGIN, HEIGHT - 325);

            FiscalYear year = invoice.getFiscalYear();
            y = HEIGHT - 370;
            float[] columns = {MARGIN, MARGIN + 190};
            text("取引年月日", 10, columns[0], y);
            text("内容", 10, columns[1], y);
            rightAt(dues.treatment().taxable() ? "金額（税抜）" : "金額", 10, WIDTH - MARGIN, y);
            line(MARGIN, y - 6, WIDTH - MARGIN, y - 6);
            y -= 22;
            text(date(year.firstDay()) + "〜" + date(year.lastDay()), 9.5f, columns[0], y);
            text(year.labelJa() + " 年会費（" + invoice.getMembershipClass().labelJa() + "）"
                    + (dues.treatment().taxable() ? "" : " ※"), 10, columns[1], y);
            rightAt(yen(dues.net()), 10, WIDTH - MARGIN, y);
            line(MARGIN, y - 8, WIDTH - MARGIN, y - 8);

            y -= 34;
            if (dues.treatment().taxable()) {
                int rate = dues.treatment().ratePercent();
                summary(rate + "%対象 合計（税抜）", yen(dues.net()), y);
                summary("消費税（" + rate + "%）", yen(dues.tax()), y - 16);
            } else {
                summary("不課税対象 合計", yen(dues.net()), y);
                summary("消費税", "不課税", y - 16);
            }
            summary("合計", yen(dues.total()), y - 32);

            y -= 70;
            if (!dues.treatment().taxable()) {
                text("※ 会費は消費税の課税対象外（不課税）です。", 9.5f, MARGIN, y);
                y -= 16;
            }
            text("お振込手数料はご負担くださいますようお願い申し上げます。", 9.5f, MARGIN, y);
            if (invoice.getStatus() == InvoiceStatus.VOIDED) {
                text("【取消済】この請求書は取り消されました。理由: " + invoice.getVoidReason(), 11, MARGIN, y - 30);
            }
        }

        private void summary(String label, String amount, float y) throws IOException {
            text(label, 10, WIDTH - MARGIN - 250, y);
            rightAt(amount, 10, WIDTH - MARGIN, y);
        }

        private void text(String text, float size, float x, float y) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(text));
            content.endText();
        }

        /** Names come as members wrote them: a character the font lacks is shown as 〓 (geta), as in print. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String one = Character.toString(cp);
                try {
                    font.encode(one);
                    out.append(one);
                } catch (IllegalArgumentException | IOException e) {
                    out.append('〓');
                }
            });
            return out.toString();
        }

        private void right(String text, float size, float y) throws IOException {
            rightAt(text, size, WIDTH - MARGIN, y);
        }

        private void rightAt(String text, float size, float right, float y) throws IOException {
            text(text, size, right - font.getStringWidth(printable(text)) / 1000 * size, y);
        }

        private void centred(String text, float size, float y) throws IOException {
            text(text, size, (WIDTH - font.getStringWidth(printable(text)) / 1000 * size) / 2, y);
        }

        private void line(float x1, float y1, float x2, float y2) throws IOException {
            content.setLineWidth(0.6f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        }
    }
}
