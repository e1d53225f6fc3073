package jp.innovationnet.portal.interfaces.rest.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.notification.NotificationInbox;

/**
 * {@code GET /api/me/notifications}: what was sent to the caller, their organization or one of their roles, newest
 * first, in the caller's language.
 */
@Path("me/notifications")
@RequestScoped
@Authenticated
public class InboxResource {

    private static final int LIMIT = 50;

    @Inject
    NotificationInbox inbox;

    @Inject
    CurrentCaller currentCaller;

    /** @return the caller's notifications */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, String>> inbox() {
        PortalCaller caller = currentCaller.get();
        boolean japanese = Locale.JAPANESE.getLanguage().equals(caller.locale().getLanguage());
        return inbox.forUser(caller.userId(), caller.organizationId(), caller.roles(), LIMIT).stream()
                .map(n -> Map.of("createdAt", n.getCreatedAt().toString(), "source", n.getSource(),
                        "subject", japanese ? n.getSubjectJa() : n.getSubjectEn(),
                        "body", japanese ? n.getBodyJa() : n.getBodyEn(), "link", n.getLink()))
                .toList();
    }
}
