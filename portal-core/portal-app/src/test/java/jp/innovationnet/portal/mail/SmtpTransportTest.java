package jp.innovationnet.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpTransportTest {

    private GreenMail smtp;
    private SmtpTransport transport;

    @BeforeEach
    void startServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        transport = new SmtpTransport();
        transport.settings = settings(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void sendsJapaneseTextWithTheQueuedMessageIdAndLanguage() throws Exception {
        transport.send(new MailQueue.Pending(1, "<fixed-1@innovation-net.example>", OutgoingMail.of(
                "member@tama.example", Locale.JAPANESE, "入会申込を受け付けました", "申込番号 A-0001 を受け付けました。")));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("入会申込を受け付けました");
        assertThat(received.getMessageID()).isEqualTo("<fixed-1@innovation-net.example>");
        assertThat(received.getHeader("Content-Language")).containsExactly("ja");
        assertThat(received.getFrom()[0].toString()).contains("portal@innovation-net.example");
        assertThat(((String) received.getContent()).strip()).isEqualTo("申込番号 A-0001 を受け付けました。");
    }

    @Test
    void attachesFiles() throws Exception {
        byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
        transport.send(new MailQueue.Pending(2, "<fixed-2@innovation-net.example>", new OutgoingMail(
                "accounting@tama.example", Locale.ENGLISH, "Invoice 2026-0001", "Please find the invoice attached.",
                List.of(new MailAttachment("invoice-2026-0001.pdf", "application/pdf", pdf)))));

        Multipart parts = (Multipart) smtp.getReceivedMessages()[0].getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("invoice-2026-0001.pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void aServerThatIsDownIsAnErrorNotALoss() {
        smtp.stop();
        assertThatThrownBy(() -> transport.send(new MailQueue.Pending(3, "<fixed-3@x>",
                OutgoingMail.of("a@b.example", Locale.ENGLISH, "s", "t")))).isInstanceOf(MessagingException.class);
    }

    static MailSettings settings(int port) {
        MailSettings settings = new MailSettings();
        settings.host = "127.0.0.1";
        settings.port = port;
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.from = "portal@innovation-net.example";
        settings.fromName = "イノベーションネット事務局";
        return settings;
    }
}
