package jp.innovationnet.portal.plugins.events.notice;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.files.ICalendarFiles;
import jp.innovationnet.portal.files.QrCodePng;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Events;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.registration.Registrant;
import jp.innovationnet.portal.plugins.events.registration.Registration;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;
import jp.innovationnet.portal.plugins.events.registration.Seats;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is told what; the outbox is the contract's, recorded here. */
class NoticesTest {

    /** The mails sent, as the core's outbox would take them. */
    private final List<Mail.Email> sent = new ArrayList<>();
    private final Notices notices = new Notices(new Mail() {
        @Override
        public void send(Email email) {
            sent.add(email);
        }

        @Override
        public boolean sendOnce(String key, Email email) {
            sent.add(email);
            return true;
        }
    }, new EventMails(path -> URI.create("https://portal.example" + path),
            new ICalendarFiles("events"), new QrCodePng()));

    private final Event event = Events.draft("tama", Events.audience(AudienceKind.PUBLIC));
    private final Seats seats = new Seats(1, 1);
    private final Registration confirmed = admit("confirmed@example.org");
    private final Registration waiting = admit("waiting@example.org");
    private final Registration cancelled = admit("cancelled@example.org");
    private final Registration withoutAddress = admit("no-address-user");

    private Registration admit(String email) {
        return seats.admit(new Registrant(Optional.empty(), "Someone", email, Locale.ENGLISH, Optional.empty()),
                Map.of(), false, Instant.now());
    }

    @Test
    void aMessageGoesToTheConfirmedOrToAllOpenRegistrations() {
        seats.release(cancelled, RegistrationStatus.CANCELLED, Instant.now());
        List<Registration> all = List.of(confirmed, waiting, cancelled, withoutAddress);
        OrganiserMessage toConfirmed = new OrganiserMessage(new Texts("件名", "Subject"), new Texts("本文", "Text"),
                false);

        assertThat(notices.message(event, toConfirmed, all)).isEqualTo(1);
        assertThat(sent).extracting(Mail.Email::to).containsExactly("confirmed@example.org");

        sent.clear();
        OrganiserMessage toAll = new OrganiserMessage(toConfirmed.subject(), toConfirmed.body(), true);
        assertThat(notices.message(event, toAll, all)).as("counted, but an account without address gets no mail")
                .isEqualTo(3);
        assertThat(sent).extracting(Mail.Email::to).containsExactly("confirmed@example.org", "waiting@example.org");
    }

    @Test
    void aCancelledEventIsAnnouncedToOpenRegistrationsOnly() {
        seats.release(cancelled, RegistrationStatus.CANCELLED, Instant.now());
        notices.cancelled(event, List.of(confirmed, waiting, cancelled));
        assertThat(sent).extracting(Mail.Email::to).containsExactly("confirmed@example.org", "waiting@example.org");
        assertThat(sent).allSatisfy(mail -> assertThat(mail.subject()).startsWith("Cancelled: "));
    }

    @Test
    void nothingIsSentWhenNothingRegistrantsNeedToKnowChanged() {
        notices.changed(event, Set.of(), List.of(confirmed, waiting));
        assertThat(sent).isEmpty();
        notices.changed(event, Set.of(EventChange.TIME), List.of(confirmed, waiting));
        assertThat(sent).hasSize(2);
    }
}
