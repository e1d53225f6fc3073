package jp.innovationnet.portal.plugins.events.followup;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.registration.Registrant;

/** The invitation to a follow-up form, in the registrant's language (Japanese or English; {@link InvitationText}). */
final class InvitationMail {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InvitationMail() {
    }

    /**
     * @param registrant who is invited
     * @param event      the event they took part in
     * @param form       the absolute address of their form
     * @return the mail in their language
     */
    static Mail.Email of(Registrant registrant, Event event, URI form) {
        Locale language = Languages.of(registrant.language());
        String title = event.title().in(language);
        String deadline = DEADLINE.format(FollowUpWindow.closesAt(event).atZone(event.timeZone()));
        String body = InvitationText.BODY.in(language, registrant.name(), title, form, deadline,
                event.timeZone().getId());
        return new Mail.Email(registrant.email(), language, InvitationText.SUBJECT.in(language, title), body,
                List.of());
    }
}
