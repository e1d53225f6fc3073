package jp.innovationnet.portal.plugins.events.followup;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.registration.Registrant;

/** The invitation to a follow-up form, in the registrant's language (Japanese or English). */
final class InvitationMail {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String SUBJECT_JA = "【アンケートのお願い】%s";
    private static final String SUBJECT_EN = "Your feedback on %s";
    private static final String BODY_JA = """
            %1$s 様

            「%2$s」にご参加いただき、ありがとうございました。
            今後の会員間交流に活かすため、短いアンケート（満足度、新たにできたつながり、フォローアップのご希望）に
            ご回答ください。

            %3$s

            回答は %4$s（%5$s）まで変更できます。

            全国イノベーション推進ネットワーク 事務局
            """;
    private static final String BODY_EN = """
            Dear %1$s,

            Thank you for taking part in "%2$s".
            Please answer a short follow-up form (your satisfaction, the new contacts you made, whether you would like
            a follow-up), so that the network can build on it:

            %3$s

            You can change your answers until %4$s (%5$s).

            National Innovation Promotion Network, secretariat
            """;

    private InvitationMail() {
    }

    /**
     * @param registrant who is invited
     * @param event      the event they took part in
     * @param form       the absolute address of their form
     * @return the mail in their language
     */
    static Mail.Email of(Registrant registrant, Event event, URI form) {
        boolean japanese = Locale.JAPANESE.getLanguage().equals(registrant.language().getLanguage());
        Locale language = japanese ? Locale.JAPANESE : Locale.ENGLISH;
        String title = event.title().in(language);
        String deadline = DEADLINE.format(FollowUpWindow.closesAt(event).atZone(event.timeZone()));
        String body = (japanese ? BODY_JA : BODY_EN).formatted(registrant.name(), title, form, deadline,
                event.timeZone().getId());
        return new Mail.Email(registrant.email(), language, (japanese ? SUBJECT_JA : SUBJECT_EN).formatted(title),
                body, List.of());
    }
}
