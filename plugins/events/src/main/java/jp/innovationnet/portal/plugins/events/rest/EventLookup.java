package jp.innovationnet.portal.plugins.events.rest;

import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.PathId;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.event.Viewer;

/**
 * Finds the event a request names ({@code {id}}) as the caller may know it: an event they may not see does not
 * exist for them (404); one they see but do not organise refuses organisers' actions (403).
 */
final class EventLookup {

    private EventLookup() {
    }

    /**
     * @param request the request
     * @param viewer  who asks
     * @return the event, if they see it
     * @throws ProblemException 404 if not
     */
    static Event visible(RouteRequest request, Viewer viewer) {
        long id = PathId.of(request, "id", "event");
        return Optional.ofNullable(request.entityManager().find(Event.class, id))
                .filter(event -> event.visibleTo(viewer))
                .orElseThrow(() -> ProblemException.notFound("event " + id));
    }

    /**
     * @param request the request
     * @param viewer  who asks
     * @return the event, if they organise it
     * @throws ProblemException 404 if they do not see it, 403 if they see it but do not organise it
     */
    static Event organised(RouteRequest request, Viewer viewer) {
        Event event = visible(request, viewer);
        if (!viewer.mayOrganiseFor(event.organiserId())) {
            throw ProblemException.forbidden(Message.NOT_ORGANISER.in(request.caller().locale()));
        }
        return event;
    }
}
