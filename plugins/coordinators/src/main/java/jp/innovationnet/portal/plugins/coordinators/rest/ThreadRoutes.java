package jp.innovationnet.portal.plugins.coordinators.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequests;
import jp.innovationnet.portal.plugins.coordinators.helprequest.ThreadMessage;

/**
 * A help request's shared thread: read and written by its requester, the helpers accepted and the secretariat only
 * (403 for the rest of the network), also after the request is closed.
 */
final class ThreadRoutes {

    /** @param body the message, plain text */
    public record MessageInput(@NotBlank @Size(max = 4000) @PlainText @NoMarkup String body) {
    }

    /**
     * A message of the thread.
     *
     * @param id         its id
     * @param authorName who wrote it
     * @param body       what it says
     * @param mine       whether the reader wrote it
     * @param createdAt  when
     */
    public record MessageView(long id, String authorName, String body, boolean mine, Instant createdAt) {
    }

    private final HelpRequests requests;
    private final HelpRequestRoutes reading;
    private final Clock clock;

    ThreadRoutes(HelpRequests requests, HelpRequestRoutes reading, Clock clock) {
        this.requests = requests;
        this.reading = reading;
        this.clock = clock;
    }

    void register(Routes routes) {
        routes.get("/help-requests/{id}/thread", HelpRequestRoutes.NETWORK,
                "The request's thread (its requester, the helpers accepted, the secretariat)", this::read);
        routes.post("/help-requests/{id}/thread", HelpRequestRoutes.NETWORK, "Write in the request's thread",
                this::write);
    }

    private RouteResponse read(RouteRequest request) {
        HelpRequest help = reading.find(request);
        return RouteResponse.ok(messages(request, help));
    }

    private RouteResponse write(RouteRequest request) {
        HelpRequest help = reading.find(request);
        Viewer viewer = Viewer.of(request.caller());
        String body = Texts.stripped(request.body(MessageInput.class).body());
        HelpProblems.refused(request, help, () -> requests.write(request.entityManager(), help, viewer,
                new ThreadMessage(help.id(), viewer.userId(), request.caller().displayName(), body,
                        clock.instant())));
        return RouteResponse.created(URI.create("thread"), messages(request, help));
    }

    private List<MessageView> messages(RouteRequest request, HelpRequest help) {
        Viewer viewer = Viewer.of(request.caller());
        return HelpProblems.refused(request, help, () -> requests.thread(request.entityManager(), help, viewer))
                .stream().map(m -> new MessageView(m.id(), m.authorName(), m.body(), viewer.is(m.authorId()),
                        m.createdAt())).toList();
    }
}
