package jp.innovationnet.portal.plugins.inquiries.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.attachment.FileCheck;
import jp.innovationnet.portal.plugins.inquiries.attachment.Files;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputParserTest {

    private static final Caller VISITOR = Caller.anonymous(Locale.ENGLISH);
    private static final Caller MEMBER = new Caller("u-tama", "tama.staff", "多摩 花子", Optional.of("hanako@tama.example"),
            Set.of("member-staff"), Optional.of("tama"), Locale.JAPANESE);

    private final InputParser parser = new InputParser(new FileCheck());

    @Test
    void aVisitorsInquiryIsReadWithTextsNormalised() {
        InputParser.Submission s = parser.submission(visitor("ｔｅｃｈｎｏｌｏｇｙ相談 ", "１行目\r\n\t２行目  ",
                List.of(file("plan.pdf", Files.pdf()))), VISITOR);
        assertThat(s.topic()).isEqualTo(Topic.TECHNOLOGY);
        assertThat(s.region()).isEqualTo(Region.CHUBU);
        assertThat(s.language()).isEqualTo(Language.EN);
        assertThat(s.subject()).isEqualTo("technology相談");
        assertThat(s.text()).isEqualTo("1行目\n\t2行目");
        assertThat(s.files()).singleElement().satisfies(f -> assertThat(f.mediaType()).isEqualTo("application/pdf"));
        assertThat(s.asker().userId()).isEmpty();
        assertThat(s.asker().email()).isEqualTo("ada@example.com");
    }

    @Test
    void aMembersInquiryTakesTheAskerFromTheCaller() {
        InputParser.Submission s = parser.submission(new Inputs.Submission("ip-licensing", "Kanto", "ja", "特許",
                "ライセンスについて", null, null, null, null, null, null), MEMBER);
        assertThat(s.asker().userId()).contains("u-tama");
        assertThat(s.asker().name()).isEqualTo("多摩 花子");
        assertThat(s.asker().email()).isEqualTo("hanako@tama.example");
        assertThat(s.asker().organization()).contains("tama");
    }

    @Test
    void everyFieldAtFaultIsNamedInOneProblemFilesIncluded() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> parser.submission(
                new Inputs.Submission("weather", "Mars", "fr", "  ", null, List.of(file("photo.png", Files.jpeg())),
                        "", "not-an-address", null, null, null), VISITOR));
        assertThat(problem.status()).isEqualTo(FieldErrors.STATUS);
        assertThat(problem.fieldErrors()).containsOnlyKeys("topic", "region", "language", "subject", "text", "name",
                "email", "attachments[0]");
        assertThat(problem.fieldErrors().get("topic")).contains("technology", "rd-funding");
    }

    @Test
    void controlCharactersLineBreaksInOneLineFieldsAndOverlongTextsAreRefusedScriptsAreKeptAsPlainText() {
        assertThat(refused(visitor("bell\u0007", "x".repeat(10_001), null))).containsOnlyKeys("subject", "text");
        assertThat(refused(visitor("two\nlines", "escape \u001b[31m", null))).containsOnlyKeys("subject", "text");
        assertThat(parser.submission(visitor("<script>alert(1)</script>", "x".repeat(10_000), null), VISITOR)
                .subject()).as("stored as text, rendered as text").isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void attachmentsAreNamedByIndexWhenRefused() {
        assertThat(refused(visitor("s", "t", List.of(file("ok.pdf", Files.pdf()),
                file("invoice.pdf", Files.executable()), new Inputs.AttachmentInput("x.png", "***not base64***"),
                file("photo.png", Files.jpeg()), new Inputs.AttachmentInput("x.png", null)))))
                .containsOnlyKeys("attachments[1]", "attachments[2]", "attachments[3]", "attachments[4]");
        assertThat(refused(visitor("s", "t", Collections.nCopies(6, file("ok.pdf", Files.pdf())))))
                .containsOnlyKeys("attachments");
    }

    @Test
    void filesTogetherHaveALimitThatKeepsTheBodyUnderThePortals() {
        byte[] fourMiB = "a".repeat(4 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
        assertThat(parser.submission(visitor("s", "t", List.of(file("a.txt", fourMiB), file("b.txt", fourMiB))),
                VISITOR).files()).hasSize(2);
        assertThat(catchThrowableOfType(ProblemException.class, () -> parser.submission(visitor("s", "t",
                List.of(file("a.txt", fourMiB), file("b.txt", fourMiB), file("c.txt", fourMiB))), VISITOR))
                .fieldErrors()).containsOnlyKeys("attachments")
                .hasEntrySatisfying("attachments", m -> assertThat(m).contains("10 MiB"));
    }

    @Test
    void messagesNeedText() {
        assertThat(parser.message(new Inputs.MessageInput("reply", " ok ", null), Locale.ENGLISH).text())
                .isEqualTo("ok");
        assertThat(catchThrowableOfType(ProblemException.class, () -> parser.message(
                new Inputs.MessageInput("reply", " \n ", null), Locale.JAPANESE)).fieldErrors())
                .containsEntry("text", "入力してください");
    }

    @Test
    void aVisitorMustNameThemself() {
        assertThat(refused(visitor("s", "t", null, "", " "))).containsOnlyKeys("name", "email");
    }

    private Map<String, String> refused(Inputs.Submission input) {
        return catchThrowableOfType(ProblemException.class, () -> parser.submission(input, VISITOR)).fieldErrors();
    }

    private static Inputs.Submission visitor(String subject, String text, List<Inputs.AttachmentInput> files) {
        return visitor(subject, text, files, "Ada", "ada@example.com");
    }

    private static Inputs.Submission visitor(String subject, String text, List<Inputs.AttachmentInput> files,
                                             String name, String email) {
        return new Inputs.Submission("technology", "Chubu", "en", subject, text, files, name, email,
                "Analytical Engines Ltd", "token", "");
    }

    private static Inputs.AttachmentInput file(String name, byte[] content) {
        return new Inputs.AttachmentInput(name, Base64.getEncoder().encodeToString(content));
    }
}
