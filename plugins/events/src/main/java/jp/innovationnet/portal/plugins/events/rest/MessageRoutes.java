package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;
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

    private static final int SUBJECT_MAX = 200;
    private static final int BODY_MAX = 10_000;

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
        FieldErrors errors = new FieldErrors(caller.locale());
        String subjectJa = text(input.subjectJa(), "subjectJa", SUBJECT_MAX, errors);
        String subjectEn = text(input.subjectEn(), "subjectEn", SUBJECT_MAX, errors);
        String bodyJa = text(input.bodyJa(), "bodyJa", BODY_MAX, errors);
        String bodyEn = text(input.bodyEn(), "bodyEn", BODY_MAX, errors);
        String to = input.to() == null ? "" : input.to().strip();
        if (!List.of("confirmed", "all").contains(to)) {
            errors.add("to", Message.ONE_OF, "confirmed, all");
        }
        errors.throwIfAny();
        OrganiserMessage message = new OrganiserMessage(new Texts(subjectJa, subjectEn), new Texts(bodyJa, bodyEn),
                "all".equals(to));
        int recipients = notices.message(event, message, new RegistrationDesk(request.entityManager()).all(event.id()));
        context.audit().record("event.message.sent", "event", String.valueOf(event.id()),
                Map.of("subject", subjectJa, "to", to, "recipients", String.valueOf(recipients)));
        return new RouteResponse(202, Optional.of(Map.of("recipients", recipients)), Map.of());
    }

    private static String text(String value, String field, int max, FieldErrors errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(field, Message.REQUIRED);
        } else if (text.length() > max) {
            errors.add(field, Message.TOO_LONG, max);
        }
        return text;
    }
}
