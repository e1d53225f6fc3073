package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachment;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachments;
import jp.innovationnet.portal.plugins.inquiries.attachment.FileCheck;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.message.Author;
import jp.innovationnet.portal.plugins.inquiries.message.Conversation;
import jp.innovationnet.portal.plugins.inquiries.message.Message;
import jp.innovationnet.portal.plugins.inquiries.message.MessageKind;
import jp.innovationnet.portal.plugins.inquiries.notice.Notices;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;

/**
 * What several routes share: the parser, the views, the notices, the clock, the service levels, and the asker's part
 * of the thread.
 */
final class Desk {

    final PluginContext context;
    final InputParser parser = new InputParser(new FileCheck());
    final CaseViews views;
    final Notices notices;
    final Clock clock;
    final ServiceLevels levels;

    Desk(PluginContext context, Clock clock, ServiceLevels levels) {
        this.context = context;
        this.views = new CaseViews(context.directory(), levels, clock);
        this.notices = new Notices(context);
        this.clock = clock;
        this.levels = levels;
    }

    /**
     * The asker writes again (logged in or through the private link): an answered or closed inquiry reopens, and
     * the organizations holding it (or the secretariat) hear.
     *
     * @param request the request
     * @param found   the case, the caller its asker
     * @param written the text and files
     * @return 201 with the message
     */
    RouteResponse askerWrites(RouteRequest request, Case found, InputParser.Written written) {
        EntityManager em = request.entityManager();
        Instant now = clock.instant();
        Inquiry inquiry = found.inquiry();
        found.lock(request);
        Message message = write(em, inquiry, MessageKind.ASKER,
                new Author(inquiry.asker().userId(), inquiry.asker().name(), Optional.empty()), written, now);
        inquiry.askerWrote(Referrals.openStatus(found.referrals()), now);
        notices.askerWrote(inquiry, found.referrals().stream().filter(r -> r.status().active())
                .map(Referral::organizationId).toList());
        flush(request);
        return RouteResponse.ok(Map.of("id", message.id(), "status", inquiry.status().code()));
    }

    Message write(EntityManager em, Inquiry inquiry, MessageKind kind, Author author, InputParser.Written written,
                  Instant now) {
        Message message = new Conversation(em).add(inquiry.id(), kind, author, written.text(), now);
        new Attachments(em).store(inquiry.id(), message.id(), written.files(), now);
        return message;
    }

    /**
     * An attachment's bytes, never to be shown inline: a download with a safe name, no sniffing, sandboxed.
     *
     * @param request the request with an {@code id} path parameter
     * @param found   the case
     * @return the download; 404 for another inquiry's file, a note's file to the asker, or any other id
     */
    RouteResponse download(RouteRequest request, Case found) {
        EntityManager em = request.entityManager();
        Attachments attachments = new Attachments(em);
        Attachment attachment = LevelsApi.found(request.pathParam("id"), id -> attachments
                .find(found.inquiry().id(), id)
                .filter(a -> found.standing().staff() || em.find(Message.class, a.messageId()).kind().askerSees()),
                "attachment");
        return RouteResponse.content("application/octet-stream", attachments.content(attachment))
                .withHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Content-Security-Policy", "sandbox")
                .withHeader("Cache-Control", "private, no-store");
    }

    /** @param request the request whose changes to write now @throws ProblemException 409 on a concurrent change */
    static void flush(RouteRequest request) {
        try {
            request.entityManager().flush();
        } catch (OptimisticLockException e) {
            throw conflict(KitWording.STALE.in(request.caller().locale()));
        }
    }

    /** @param detail why the case's state refuses the request @return 409 */
    static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, Map.of());
    }

    /** @param field the field at fault @param message why its value conflicts @return 409 naming the field */
    static ProblemException conflict(String field, String message) {
        return new ProblemException(409, "Conflict", field + ": " + message, Map.of(field, message));
    }

    /** @return the caller's referral if it still holds the case; 403 otherwise */
    static Referral holding(Case found, RouteRequest request) {
        Locale locale = request.caller().locale();
        Referral referral = found.callersReferral(request.caller())
                .orElseThrow(() -> ProblemException.forbidden(DeskWording.NOT_HOLDING.in(locale, "-")));
        if (!referral.status().active()) {
            throw ProblemException.forbidden(DeskWording.NOT_HOLDING.in(locale, referral.status().label(locale)));
        }
        return referral;
    }
}
