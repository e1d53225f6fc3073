package jp.innovationnet.portal.plugins.events.notice;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

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
import jp.innovationnet.portal.plugins.events.registration.Seats;

import static org.assertj.core.api.Assertions.assertThat;

class EventMailsTest {

    private final EventMails mails = new EventMails(path -> URI.create("https://portal.example" + path),
            new ICalendarFiles("events"), new QrCodePng());
    private final Event event = Events.draft("tama", Events.audience(AudienceKind.PUBLIC));

    static Registration registration(Seats seats, String name, String email, Locale language) {
        return seats.admit(new Registrant(Optional.of("u-" + name), name, email, language, Optional.of("tama")),
                Map.of(), false, Instant.now());
    }

    @Test
    void theConfirmationIsInTheRegistrantsLanguageWithTheCalendarFileAndTheCheckInCode() throws Exception {
        Seats seats = new Seats(1, 10);

        Mail.Email ja = mails.notice(EventMails.Notice.CONFIRMED, event,
                registration(seats, "山田", "yamada@example.jp", Locale.JAPANESE));
        assertThat(ja.language()).isEqualTo(Locale.JAPANESE);
        assertThat(ja.to()).isEqualTo("yamada@example.jp");
        assertThat(ja.subject()).isEqualTo("【参加確定】産学連携セミナー");
        assertThat(ja.text()).contains("山田 様", "日時: 2026年12月10日(木) 13:30–16:30 (Asia/Tokyo)",
                "会場: 浜松会場, 静岡県浜松市中区1-1", "オンライン: https://meet.example/abc",
                "詳細: https://portal.example/p/events/events?id=", "お問い合わせ: 事務局 <office@example.jp>");
        assertThat(ja.attachments()).extracting(Mail.Attachment::filename).containsExactly("event-null.ics",
                "check-in-null.png");
        assertThat(ja.attachments().get(1).mediaType()).isEqualTo("image/png");
        assertThat(ja.text()).doesNotContain("お申し込みの確認・取消");
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ja.attachments().get(0).content()));
        assertThat(calendar.<VEvent>getComponent("VEVENT").orElseThrow().getSummary().getValue())
                .isEqualTo("産学連携セミナー");

        Mail.Email en = mails.notice(EventMails.Notice.CONFIRMED, event,
                registration(seats, "Smith", "smith@example.org", Locale.ENGLISH));
        assertThat(en.language()).isEqualTo(Locale.ENGLISH);
        assertThat(en.subject()).isEqualTo("Registration confirmed: Industry-academia seminar");
        assertThat(en.text()).contains("Dear Smith", "When: Thu 10 Dec 2026, 13:30–16:30 (Asia/Tokyo)",
                "Where: Hamamatsu hall");
        assertThat(en.attachments()).hasSize(2);
        assertThat(en.attachments().get(0).mediaType()).startsWith("text/calendar");
    }

    @Test
    void theWaitingListPlaceAndChangesAreSpelledOut() {
        Seats seats = new Seats(1, 1);
        registration(seats, "first", "first@example.org", Locale.ENGLISH);
        Registration waiting = registration(seats, "Smith", "smith@example.org", Locale.ENGLISH);

        assertThat(mails.waitingPlace(event, waiting, 3).text()).contains("waiting list (place 3)");
        Mail.Email changed = mails.changed(event, waiting, EnumSet.of(EventChange.ONLINE_LINK, EventChange.TIME));
        assertThat(changed.text()).contains("the date and time, online link of");
        assertThat(changed.attachments()).hasSize(1);

        Registration ja = registration(seats, "山田", "yamada@example.jp", Locale.JAPANESE);
        assertThat(mails.changed(event, ja, EnumSet.of(EventChange.VENUE)).text()).contains("「産学連携セミナー」の会場が変更");
    }

    @Test
    void theOrganisersMessageIsInTheRegistrantsLanguage() {
        Seats seats = new Seats(1, 10);
        OrganiserMessage message = new OrganiserMessage(new Texts("持ち物", "What to bring"),
                new Texts("名刺をお持ちください。", "Please bring business cards."), false);
        Mail.Email en = mails.organiserMessage(event,
                registration(seats, "Smith", "smith@example.org", Locale.ENGLISH), message);
        assertThat(en.subject()).isEqualTo("[Industry-academia seminar] What to bring");
        assertThat(en.text()).contains("Please bring business cards.").doesNotContain("名刺");
        Mail.Email ja = mails.organiserMessage(event,
                registration(seats, "山田", "yamada@example.jp", Locale.JAPANESE), message);
        assertThat(ja.subject()).isEqualTo("【産学連携セミナー】持ち物");
        assertThat(ja.text()).contains("名刺をお持ちください。");
    }
}
