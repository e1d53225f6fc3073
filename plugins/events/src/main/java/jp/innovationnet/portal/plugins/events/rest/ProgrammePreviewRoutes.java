package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;

import jakarta.validation.constraints.Size;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;

/**
 * The preview of a programme while organisers write it: the same Markdown rendering and sanitising the event's
 * page gets, before anything is saved.
 */
final class ProgrammePreviewRoutes {

    private final SafeMarkdown programmes;

    /** @param programmes the portal's Markdown policy */
    ProgrammePreviewRoutes(SafeMarkdown programmes) {
        this.programmes = programmes;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.post("/programme-preview", EventRoutes.ORGANISERS,
                "A programme in Markdown ({markdown}) as the event's page will show it ({html}, sanitised)",
                this::preview);
    }

    private RouteResponse preview(RouteRequest request) {
        Input input = request.body(Input.class);
        String markdown = input.markdown() == null ? "" : input.markdown();
        return RouteResponse.ok(Map.of("html", programmes.toHtml(markdown)));
    }

    /** @param markdown the programme as written */
    public record Input(@Size(max = EventInputParser.PROGRAMME) @PlainText String markdown) {
    }
}
