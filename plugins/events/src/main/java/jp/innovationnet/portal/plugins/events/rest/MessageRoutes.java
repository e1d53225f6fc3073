package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.notice.Notices;
import jp.innovationnet.portal.plugins.events.notice.OrganiserMessage;
import jp.innovationnet.portal.plugins.events.registration.RegistrationDesk;

/** The organisers' messages to an event's registrants, each mailed in the registrant's language. */
public final class MessageRoutes {

    private final PluginContext context;
    private final Viewers viewers;
    private final Notices notices;

    /** @param context the plugin's context */
    MessageRoutes(PluginContext context) {
        this.context = context;
        this.viewers = new Viewers(context.directory());
        this.notices = new Notices(context);
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.post("/events/{id}/messages", EventRoutes.ORGANISERS,
                "Mail the registrants a message in both languages (to: confirmed or all)", this::send);
    }

    private RouteResponse send(RouteRequest request) {
        Caller caller = request.caller();
        Event event = EventLookup.organised(request, viewers.of(caller));
        MessageInput input = request.body(MessageInput.class);
        boolean toAll = MessageRecipients.ALL.code().equals(input.to());
        OrganiserMessage message = new OrganiserMessage(new Texts(input.subjectJa().strip(),
                input.subjectEn().strip()), new Texts(input.bodyJa().strip(), input.bodyEn().strip()), toAll);
        int recipients = notices.message(event, message, new RegistrationDesk(request.entityManager()).all(event.id()));
        context.audit().record("event.message.sent", "event", String.valueOf(event.id()),
                Map.of("subject", message.subject().ja(), "to", input.to(), "recipients", String.valueOf(recipients)));
        return new RouteResponse(202, Optional.of(Map.of("recipients", recipients)), Map.of());
    }
}
