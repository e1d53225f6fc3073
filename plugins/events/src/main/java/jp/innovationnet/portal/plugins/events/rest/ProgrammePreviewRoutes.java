package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;

import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.events.programme.ProgrammeRenderer;

/**
 * The preview of a programme while organisers write it: the same Markdown rendering and sanitising the event's
 * page gets, before anything is saved.
 */
final class ProgrammePreviewRoutes {

    private final ProgrammeRenderer programmes;

    /** @param programmes renders programmes */
    ProgrammePreviewRoutes(ProgrammeRenderer programmes) {
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
        String markdown = input == null || input.markdown() == null ? "" : input.markdown();
        if (markdown.codePointCount(0, markdown.length()) > EventInputParser.PROGRAMME) {
            throw FieldErrors.single(request.caller().locale(), "markdown", Message.TOO_LONG, EventInputParser.PROGRAMME);
        }
        return RouteResponse.ok(Map.of("html", programmes.toHtml(markdown)));
    }

    /** @param markdown the programme as written */
    public record Input(String markdown) {
    }
}
