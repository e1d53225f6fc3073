package jp.innovationnet.portal.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/** Hands one mail to the SMTP server (Jakarta Mail, Liberty's mail-2.1 feature). */
@ApplicationScoped
public class SmtpTransport {

    @Inject
    MailSettings settings;

    /**
     * @param pending the mail and its Message-ID
     * @throws MessagingException when the server is unreachable or refuses it
     */
    public void send(MailQueue.Pending pending) throws MessagingException {
        Session session = settings.session();
        Transport.send(message(session, pending));
    }

    private MimeMessage message(Session session, MailQueue.Pending pending) throws MessagingException {
        OutgoingMail mail = pending.mail();
        MimeMessage message = new FixedIdMessage(session, pending.messageId());
        try {
            message.setFrom(new InternetAddress(settings.from(), settings.fromName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language().toLanguageTag());
        if (mail.attachments().isEmpty()) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            return message;
        }
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        for (MailAttachment attachment : mail.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                    attachment.contentType())));
            part.setFileName(attachment.filename());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(part);
        }
        message.setContent(parts);
        return message;
    }

    /** A message whose Message-ID is the one fixed when it was queued, not a fresh one per attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
