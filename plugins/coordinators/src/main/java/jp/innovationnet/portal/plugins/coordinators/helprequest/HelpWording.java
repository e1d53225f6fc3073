package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.Wording;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/**
 * What the plugin tells people about help requests, in {@code messages_*.properties}: each subject has {0} the
 * request's title, each body {0} the title and {1} a detail (a name, a reason, a date).
 */
public enum HelpWording implements Wording {
    /** To an expert matched: a new request. {1}: the deadline. */
    MATCHED_SUBJECT, MATCHED_BODY,
    /** To the requester: an offer. {1}: the helper's name. */
    OFFERED_SUBJECT, OFFERED_BODY,
    /** To a helper: their offer accepted. {1}: the requester's name. */
    ACCEPTED_SUBJECT, ACCEPTED_BODY,
    /** To the secretariat: a dispatch to approve. {1}: the first day. */
    APPROVAL_SUBJECT, APPROVAL_BODY,
    /** To the requester and helpers: the dispatch approved. {1}: the first day. */
    APPROVED_SUBJECT, APPROVED_BODY,
    /** To the requester and helpers: the dispatch rejected. {1}: the reason. */
    REJECTED_SUBJECT, REJECTED_BODY,
    /** To the requester: the deadline passed with no offer accepted. {1}: the deadline. */
    EXPIRED_SUBJECT, EXPIRED_BODY;

    /**
     * A notification about a request in both languages.
     *
     * @param subject   its subject
     * @param body      its body
     * @param title     the request's title
     * @param detail    the body's detail ({1})
     * @param requestId the request, opened by the notification's link
     * @return the notification's text
     */
    public static Notifications.Message message(HelpWording subject, HelpWording body, String title, Object detail,
                                                long requestId) {
        return new Notifications.Message(subject.in(Locale.JAPANESE, title), subject.in(Locale.ENGLISH, title),
                body.in(Locale.JAPANESE, title, detail), body.in(Locale.ENGLISH, title, detail),
                "/p/coordinators/help-requests?id=" + requestId);
    }
}
