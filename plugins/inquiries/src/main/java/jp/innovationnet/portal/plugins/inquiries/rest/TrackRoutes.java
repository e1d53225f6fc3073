package jp.innovationnet.portal.plugins.inquiries.rest;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;

/**
 * The asker's side through the private link, without an account: reading the inquiry (never its notes), answering,
 * downloading files. A token that opens nothing is 404, like any guess.
 */
final class TrackRoutes {

    private final Desk desk;

    TrackRoutes(Desk desk) {
        this.desk = desk;
    }

    void register(Routes routes) {
        routes.get("/track/{token}", Access.PUBLIC, "The inquiry a private link opens, as its asker sees it",
                this::view);
        routes.post("/track/{token}/messages", Access.PUBLIC,
                "The asker writes through the private link: {text, attachments}; reopens an answered inquiry",
                this::write);
        routes.get("/track/{token}/attachments/{id}", Access.PUBLIC,
                "A file of the inquiry a private link opens (never a note's), as a download", this::download);
    }

    private RouteResponse view(RouteRequest request) {
        return RouteResponse.ok(desk.views.asker(Case.byToken(request), request.entityManager(),
                request.caller().locale()));
    }

    private RouteResponse write(RouteRequest request) {
        Case found = Case.byToken(request);
        Inputs.MessageInput input = request.body(Inputs.MessageInput.class);
        return desk.askerWrites(request, found, desk.parser.message(input, request.caller().locale()));
    }

    private RouteResponse download(RouteRequest request) {
        return desk.download(request, Case.byToken(request));
    }
}
