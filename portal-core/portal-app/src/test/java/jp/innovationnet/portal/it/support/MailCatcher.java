package jp.innovationnet.portal.it.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The integration tests' SMTP server: a GreenMail server in the failsafe JVM on {@code it.smtp.port} (127.0.0.1),
 * started before the first test and stopped after the last. The portal under test and the test Keycloak send their
 * mail to it; tests read it back here. Does nothing in JVMs without {@code it.smtp.port} (unit tests).
 */
public class MailCatcher implements LauncherSessionListener {

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.smtp.port") != null && server == null) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** @return the SMTP port */
    public static int port() {
        return Integer.parseInt(System.getProperty("it.smtp.port", "13025"));
    }

    /** Starts the SMTP server (again, after {@link #stop()}: for tests of what happens while it is down). */
    public static synchronized void start() {
        server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops the SMTP server: the portal's mail waits in its outbox until {@link #start()}. Received mail is lost. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * @param address a recipient
     * @return every message received for it so far, oldest first
     */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /**
     * @param address a recipient
     * @param timeout how long to wait
     * @return the newest message for it, once one has arrived
     * @throws AssertionError when none arrives in time
     */
    public static MimeMessage awaitMessageTo(String address, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = messagesTo(address);
            if (!messages.isEmpty()) {
                return messages.get(messages.size() - 1);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("no mail to " + address + " within " + timeout);
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> r.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
