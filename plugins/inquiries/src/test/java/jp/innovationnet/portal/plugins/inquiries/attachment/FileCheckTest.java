package jp.innovationnet.portal.plugins.inquiries.attachment;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileCheckTest {

    private final FileCheck check = new FileCheck();

    @Test
    void theAllowedKindsAreTakenWithTheTypeOfTheirContent() {
        assertThat(type("report.pdf", Files.pdf())).isEqualTo("application/pdf");
        assertThat(type("map.PNG", Files.png())).isEqualTo("image/png");
        assertThat(type("photo.jpg", Files.jpeg())).isEqualTo("image/jpeg");
        assertThat(type("photo.jpeg", Files.jpeg())).isEqualTo("image/jpeg");
        assertThat(type("memo.txt", Files.text("技術相談のメモ\n以上"))).isEqualTo("text/plain");
        assertThat(type("figures.csv", Files.text("year,count\n2026,12\n"))).isEqualTo("text/csv");
        assertThat(type("plan.docx", Files.ooxml("word/document.xml"))).endsWith("wordprocessingml.document");
        assertThat(type("sheet.xlsx", Files.ooxml("xl/workbook.xml"))).endsWith("spreadsheetml.sheet");
        assertThat(type("deck.pptx", Files.ooxml("ppt/presentation.xml"))).endsWith("presentationml.presentation");
    }

    @Test
    void aFileWhoseContentIsAnotherAllowedKindIsDisguised() {
        assertThat(refusal("report.pdf", Files.png())).isEqualTo(Refusal.DISGUISED);
        assertThat(refusal("photo.png", Files.jpeg())).isEqualTo(Refusal.DISGUISED);
        assertThat(refusal("memo.txt", Files.pdf())).isEqualTo(Refusal.DISGUISED);
        assertThat(refusal("plan.docx", Files.ooxml("xl/workbook.xml"))).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
    }

    @Test
    void executablesHtmlSvgScriptsAndPlainArchivesAreRefusedWhateverTheirName() {
        assertThat(refusal("invoice.pdf", Files.executable())).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(refusal("notes.txt", Files.executable())).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(refusal("notes.txt", Files.text("<html><body><script>alert(1)</script></body></html>")))
                .isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(refusal("image.png", Files.text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>")))
                .isIn(Refusal.TYPE_NOT_ALLOWED, Refusal.DISGUISED);
        assertThat(refusal("run.txt", Files.text("#!/bin/sh\nrm -rf /\n"))).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(refusal("plan.docx", Files.ooxml(null))).isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(refusal("latin1.txt", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)))
                .as("not UTF-8").isEqualTo(Refusal.TYPE_NOT_ALLOWED);
        assertThat(refusal("setup.exe", Files.executable())).isEqualTo(Refusal.EXTENSION_NOT_ALLOWED);
        assertThat(refusal("page.html", Files.text("<p>hi</p>"))).isEqualTo(Refusal.EXTENSION_NOT_ALLOWED);
        assertThat(refusal("noextension", Files.pdf())).isEqualTo(Refusal.EXTENSION_NOT_ALLOWED);
    }

    @Test
    void sizeIsLimitedTo5MiBAndEmptyFilesAreRefused() {
        byte[] large = new byte[FileCheck.MAX_BYTES + 1];
        System.arraycopy(Files.pdf(), 0, large, 0, Files.pdf().length);
        assertThat(refusal("big.pdf", large)).isEqualTo(Refusal.TOO_LARGE);
        byte[] largest = new byte[FileCheck.MAX_BYTES];
        System.arraycopy(Files.pdf(), 0, largest, 0, Files.pdf().length);
        assertThat(type("big.pdf", largest)).isEqualTo("application/pdf");
        assertThat(refusal("empty.pdf", new byte[0])).isEqualTo(Refusal.EMPTY);
    }

    @Test
    void namesAreReducedToASafeBasename() {
        assertThat(FileCheck.safeName("C:\\Users\\me\\Desktop\\報告書.pdf")).isEqualTo("報告書.pdf");
        assertThat(FileCheck.safeName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(FileCheck.safeName("a\u0000b\r\nc\u202Efdp.txt")).isEqualTo("abcfdp.txt");
        assertThat(FileCheck.safeName("..hidden.txt")).isEqualTo("hidden.txt");
        assertThat(FileCheck.safeName("\"<x>\".pdf")).isEqualTo("x.pdf");
        assertThat(FileCheck.safeName("")).isEqualTo("file");
        assertThat(FileCheck.safeName(null)).isEqualTo("file");
        String longName = FileCheck.safeName("あ".repeat(300) + ".xlsx");
        assertThat(longName).hasSize(120).endsWith(".xlsx");
    }

    private String type(String name, byte[] content) {
        FileCheck.Result result = check.check(name, content);
        assertThat(result.refusal()).as(name).isEmpty();
        return result.file().orElseThrow().mediaType();
    }

    private Refusal refusal(String name, byte[] content) {
        return check.check(name, content).refusal().orElseThrow(() -> new AssertionError(name + " was taken"));
    }
}
