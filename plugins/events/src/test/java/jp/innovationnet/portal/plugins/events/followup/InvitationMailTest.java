package jp.innovationnet.portal.plugins.events.followup;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.event.AudienceKind;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Events;
import jp.innovationnet.portal.plugins.events.registration.Registrant;

import static org.assertj.core.api.Assertions.assertThat;

class InvitationMailTest {

    private static final URI FORM = URI.create("https://portal.example/p/events/events?follow-up=abc");

    @Test
    void isWrittenInTheRegistrantsLanguageWithTheLinkAndTheDeadlineInTheEventsZone() {
        Event event = Events.draft("tama", Events.audience(AudienceKind.PUBLIC));
        Mail.Email ja = InvitationMail.of(registrant(Locale.JAPANESE), event, FORM);
        assertThat(ja.language()).isEqualTo(Locale.JAPANESE);
        assertThat(ja.to()).isEqualTo("sato@example.jp");
        assertThat(ja.subject()).contains("産学連携セミナー");
        // ends 2026-12-10 16:30 in Japan; answers until 30 days later
        assertThat(ja.text()).contains("佐藤 花子 様", FORM.toString(), "2027-01-09 16:30（Asia/Tokyo）");

        Mail.Email en = InvitationMail.of(registrant(Locale.ENGLISH), event, FORM);
        assertThat(en.language()).isEqualTo(Locale.ENGLISH);
        assertThat(en.subject()).contains("Industry-academia seminar").doesNotContain("産学");
        assertThat(en.text()).contains("Dear 佐藤 花子", FORM.toString(), "until 2027-01-09 16:30 (Asia/Tokyo)");
    }

    private static Registrant registrant(Locale language) {
        return new Registrant(Optional.empty(), "佐藤 花子", "sato@example.jp", language, Optional.empty());
    }
}
