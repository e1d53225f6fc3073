package jp.innovationnet.portal.plugins.inquiries.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.attachment.FileCheck;
import jp.innovationnet.portal.plugins.inquiries.attachment.Files;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Language;
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
        Inputs.Submission input = visitor("ｔｅｃｈｎｏｌｏｇｙ相談 ", "１行目\r\n\t２行目  ", List.of(file("plan.pdf", Files.pdf())));
        assertThat(Constraints.violated(input)).isEmpty();
        InputParser.Submission s = parser.submission(input, VISITOR);
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
    void everyFieldAtFaultIsNamed() {
        Inputs.Submission input = new Inputs.Submission("weather", "Mars", "fr", "  ", null, null, "", "not-an-address",
                null, null, null);
        assertThat(Constraints.violated(input)).containsExactlyInAnyOrder("topic", "region", "language", "subject",
                "text", "email");
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> parser.submission(
                visitor("s", "t", null, "", " "), VISITOR));
        assertThat(problem.status()).isEqualTo(FieldErrors.STATUS);
        assertThat(problem.fieldErrors()).containsOnlyKeys("name", "email");
    }

    @Test
    void controlCharactersLineBreaksInOneLineFieldsAndOverlongTextsAreRefusedScriptsAreKeptAsPlainText() {
        assertThat(Constraints.violated(visitor("bell\u0007", "x".repeat(10_001), null)))
                .containsExactlyInAnyOrder("subject", "text");
        assertThat(Constraints.violated(visitor("two\nlines", "escape \u001b[31m", null)))
                .containsExactlyInAnyOrder("subject", "text");
        Inputs.Submission script = visitor("<script>alert(1)</script>", "x".repeat(10_000), null);
        assertThat(Constraints.violated(script)).isEmpty();
        assertThat(parser.submission(script, VISITOR).subject()).as("stored as text, rendered as text")
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void attachmentsAreNamedByIndexWhenRefused() {
        Inputs.Submission input = visitor("s", "t", List.of(file("ok.pdf", Files.pdf()),
                file("invoice.pdf", Files.executable()), new Inputs.AttachmentInput("x.png", "***not base64***"),
                file("photo.png", Files.jpeg())));
        assertThat(catchThrowableOfType(ProblemException.class, () -> parser.submission(input, VISITOR))
                .fieldErrors()).containsOnlyKeys("attachments[1]", "attachments[2]", "attachments[3]");
        assertThat(Constraints.violated(visitor("s", "t", List.of(new Inputs.AttachmentInput("x.png", null)))))
                .containsExactly("attachments[0].contentBase64");
        assertThat(Constraints.violated(visitor("s", "t", Collections.nCopies(6, file("ok.pdf", Files.pdf())))))
                .containsExactly("attachments");
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
        Inputs.MessageInput ok = new Inputs.MessageInput("reply", " ok ", null);
        assertThat(Constraints.violated(ok)).isEmpty();
        assertThat(parser.message(ok, Locale.ENGLISH).text()).isEqualTo("ok");
        assertThat(Constraints.violated(new Inputs.MessageInput("reply", " \n ", null))).containsExactly("text");
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
