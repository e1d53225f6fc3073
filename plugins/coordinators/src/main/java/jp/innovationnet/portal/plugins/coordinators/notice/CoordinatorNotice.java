package jp.innovationnet.portal.plugins.coordinators.notice;

import java.util.List;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/**
 * Tells one coordinator of something: a notification in both languages, and a mail in their language with the link
 * to the portal's page when the directory knows their address. When the directory (Keycloak) cannot be reached, the
 * notification alone: what called for it (a question, a help request) stays.
 */
public final class CoordinatorNotice {

    private static final System.Logger LOG = System.getLogger(CoordinatorNotice.class.getName());

    private final PluginContext context;

    /** @param context the plugin's context (notifications, directory, mail, the portal's address) */
    public CoordinatorNotice(PluginContext context) {
        this.context = context;
    }

    /**
     * @param userId  the coordinator
     * @param message what to tell, in both languages, with the portal path it is about
     */
    public void tell(String userId, Notifications.Message message) {
        context.notifications().send(Notifications.Recipient.user(userId), message);
        try {
            context.directory().person(userId).filter(p -> p.email() != null && !p.email().isBlank())
                    .ifPresent(person -> {
                        boolean japanese = Languages.isJapanese(person.language());
                        String link = message.link() == null || message.link().isEmpty() ? ""
                                : "\n\n" + context.portalUrl(message.link());
                        context.mail().send(new Mail.Email(person.email(), person.language(),
                                japanese ? message.subjectJa() : message.subjectEn(),
                                (japanese ? message.bodyJa() : message.bodyEn()) + link, List.of()));
                    });
        } catch (RuntimeException unreachable) {
            LOG.log(System.Logger.Level.WARNING, "no mail to coordinator " + userId + " about " + message.link(),
                    unreachable);
        }
    }
}
