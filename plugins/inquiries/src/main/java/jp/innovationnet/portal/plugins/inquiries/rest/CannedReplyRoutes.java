package jp.innovationnet.portal.plugins.inquiries.rest;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.inquiries.canned.CannedReplies;
import jp.innovationnet.portal.plugins.inquiries.canned.CannedReply;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/** Canned replies: the secretariat writes them, everybody who works inquiries reads them. */
final class CannedReplyRoutes {

    private final PluginContext context;

    /** @param context the plugin's context */
    CannedReplyRoutes(PluginContext context) {
        this.context = context;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/canned-replies", LevelsApi.STAFF,
                "The canned replies; with ?topic= those for that topic and those for any topic", this::list);
        routes.get("/canned-replies/{id}", LevelsApi.STAFF, "One canned reply", this::show);
        routes.post("/canned-replies", LevelsApi.SECRETARIAT,
                "Adds a canned reply {titleJa, titleEn, textJa, textEn, topic}", this::add);
        routes.put("/canned-replies/{id}", LevelsApi.SECRETARIAT, "Rewrites a canned reply", this::change);
        routes.delete("/canned-replies/{id}", LevelsApi.SECRETARIAT, "Deletes a canned reply", this::remove);
    }

    private RouteResponse list(RouteRequest request) {
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        Topic topic = errors.optionalCode("topic", Topic.values(), request.queryParam("topic").orElse(null))
                .orElse(null);
        errors.throwIfAny();
        return RouteResponse.ok(new CannedReplies(request.entityManager()).list(topic).stream()
                .map(CannedReplyView::of).toList());
    }

    private RouteResponse show(RouteRequest request) {
        return RouteResponse.ok(CannedReplyView.of(find(new CannedReplies(request.entityManager()),
                request.pathParam("id"))));
    }

    private RouteResponse add(RouteRequest request) {
        CannedReply reply = new CannedReplies(request.entityManager()).add(request.body(CannedReplyInput.class).draft(),
                Instant.now());
        audit("inquiries.canned-reply.added", reply);
        return RouteResponse.created(URI.create("canned-replies/" + reply.id()), CannedReplyView.of(reply));
    }

    private RouteResponse change(RouteRequest request) {
        CannedReplies replies = new CannedReplies(request.entityManager());
        CannedReply reply = find(replies, request.pathParam("id"));
        replies.change(reply, request.body(CannedReplyInput.class).draft(), Instant.now());
        audit("inquiries.canned-reply.changed", reply);
        return RouteResponse.ok(CannedReplyView.of(reply));
    }

    private RouteResponse remove(RouteRequest request) {
        CannedReplies replies = new CannedReplies(request.entityManager());
        CannedReply reply = find(replies, request.pathParam("id"));
        audit("inquiries.canned-reply.deleted", reply);
        replies.remove(reply);
        return RouteResponse.noContent();
    }

    private static CannedReply find(CannedReplies replies, String id) {
        return LevelsApi.found(id, replies::find, "canned reply " + id);
    }

    private void audit(String action, CannedReply reply) {
        context.audit().record(action, "inquiries-canned-reply", String.valueOf(reply.id()),
                Map.of("titleJa", reply.draft().titleJa()));
    }
}
