package jp.innovationnet.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class QueuedMailTest {

    private final QueuedMail mail = new QueuedMail(OutgoingMail.of("a@b.example", Locale.JAPANESE, "件名", "本文"),
            "<id@x>");

    @Test
    void failedAttemptsBackOffDoublingUpToAnHour() {
        mail.failed("connection refused");
        assertThat(secondsUntilNextAttempt()).isBetween(9L, 10L);
        mail.failed("connection refused");
        assertThat(secondsUntilNextAttempt()).isBetween(19L, 20L);
        for (int i = 0; i < 30; i++) {
            mail.failed("connection refused");
        }
        assertThat(secondsUntilNextAttempt()).isBetween(3599L, 3600L);
        assertThat(mail.getAttempts()).isEqualTo(32);
        assertThat(mail.getSentAt()).isNull();
        assertThat(mail.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void sentClearsTheError() {
        mail.failed("timeout");
        mail.sent();
        assertThat(mail.getSentAt()).isNotNull();
        assertThat(mail.getLastError()).isNull();
    }

    @Test
    void keepsWhatWasQueued() {
        assertThat(mail.toMail()).isEqualTo(OutgoingMail.of("a@b.example", Locale.JAPANESE, "件名", "本文"));
    }

    private long secondsUntilNextAttempt() {
        return java.time.Duration.between(OffsetDateTime.now(ZoneOffset.UTC), mail.getNextAttemptAt()).toSeconds();
    }
}
