package jp.innovationnet.portal.mail;

import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server and sender, from Liberty variables or the environment ({@code PORTAL_SMTP_HOST} for
 * {@code portal.smtp.host} and so on).
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.smtp.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.from-name", defaultValue = "イノベーションネット事務局")
    String fromName;

    /** @return the sender's address */
    String from() {
        return from;
    }

    /** @return the sender's display name */
    String fromName() {
        return fromName;
    }

    /** @return the domain part of Message-IDs: the sender's domain */
    String messageIdDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 ? "localhost" : from.substring(at + 1);
    }

    /** @return a mail session for the SMTP server, with short timeouts so a dead server never blocks for long */
    Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        if (user.isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}
