package jp.innovationnet.portal.plugins.inquiries.rest;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.canned.CannedReplies;
import jp.innovationnet.portal.plugins.inquiries.canned.CannedReply;
import jp.innovationnet.portal.plugins.inquiries.canned.ReplyDraft;

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
        InputErrors errors = new InputErrors(request.caller().locale());
        Topic topic = errors.optionalCode("topic", Topic.values(), request.queryParam("topic").orElse(null));
        errors.throwIfAny();
        return RouteResponse.ok(new CannedReplies(request.entityManager()).list(topic).stream()
                .map(CannedReplyView::of).toList());
    }

    private RouteResponse show(RouteRequest request) {
        return RouteResponse.ok(CannedReplyView.of(find(new CannedReplies(request.entityManager()),
                request.pathParam("id"))));
    }

    private RouteResponse add(RouteRequest request) {
        ReplyDraft draft = parse(request.body(CannedReplyInput.class), request.caller().locale());
        CannedReply reply = new CannedReplies(request.entityManager()).add(draft, Instant.now());
        audit("inquiries.canned-reply.added", reply);
        return RouteResponse.created(URI.create("canned-replies/" + reply.id()), CannedReplyView.of(reply));
    }

    private RouteResponse change(RouteRequest request) {
        CannedReplies replies = new CannedReplies(request.entityManager());
        CannedReply reply = find(replies, request.pathParam("id"));
        replies.change(reply, parse(request.body(CannedReplyInput.class), request.caller().locale()), Instant.now());
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

    /**
     * @param input  a canned reply as written
     * @param locale the reader's language
     * @return it checked
     * @throws ProblemException 400 naming every field at fault
     */
    static ReplyDraft parse(CannedReplyInput input, Locale locale) {
        InputErrors errors = new InputErrors(locale);
        String titleJa = errors.text("titleJa", input.titleJa(), ReplyDraft.MAX_TITLE);
        String titleEn = errors.text("titleEn", input.titleEn(), ReplyDraft.MAX_TITLE);
        String textJa = errors.text("textJa", input.textJa(), ReplyDraft.MAX_TEXT);
        String textEn = errors.text("textEn", input.textEn(), ReplyDraft.MAX_TEXT);
        Topic topic = errors.optionalCode("topic", Topic.values(), input.topic());
        errors.throwIfAny();
        return new ReplyDraft(titleJa, titleEn, textJa, textEn, topic);
    }

    private static CannedReply find(CannedReplies replies, String id) {
        return LevelsApi.id(id).stream().boxed().map(replies::find).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> ProblemException.notFound("canned reply " + id));
    }

    private void audit(String action, CannedReply reply) {
        context.audit().record(action, "inquiries-canned-reply", String.valueOf(reply.id()),
                Map.of("titleJa", reply.draft().titleJa()));
    }
}
