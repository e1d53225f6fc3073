package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.PageRequest;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.activity.InquiryActivity;
import jp.innovationnet.portal.plugins.inquiries.inquiry.AtRisk;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquirySearch;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStateException;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;
import jp.innovationnet.portal.plugins.inquiries.inquiry.QueueFilter;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Viewer;
import jp.innovationnet.portal.plugins.inquiries.message.Author;
import jp.innovationnet.portal.plugins.inquiries.message.Message;
import jp.innovationnet.portal.plugins.inquiries.message.MessageKind;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.referral.Standing;

/**
 * Working a case: the staff's queue, one inquiry (the whole case for staff, the asker's view for its asker), the
 * thread (replies and notes from staff, the asker's messages), closing and reopening, and its files.
 */
final class CaseRoutes {


    private final Desk desk;

    CaseRoutes(Desk desk) {
        this.desk = desk;
    }

    void register(Routes routes) {
        routes.get("/inquiries", Access.anyRole(Viewer.STAFF_ROLES.toArray(String[]::new)),
                "The queue: the secretariat's all, a receiver's those routed to it; ?status, topic, region, receiver,"
                        + " assignee=me, sla=overdue|due-soon, q, offset, limit", this::queue);
        routes.get("/inquiries/{ref}", Access.AUTHENTICATED,
                "One inquiry: the whole case for staff, the asker's view for its asker", this::one);
        routes.post("/inquiries/{ref}/messages", Access.AUTHENTICATED,
                "Write to the thread: {kind: reply|note|asker, text, attachments}", this::write);
        routes.post("/inquiries/{ref}/close", Access.AUTHENTICATED, "Close (the secretariat, a receiver, the asker)",
                this::close);
        routes.post("/inquiries/{ref}/reopen", Access.AUTHENTICATED,
                "Reopen an answered or closed inquiry (the secretariat, a receiver, the asker)", this::reopen);
        routes.get("/inquiries/{ref}/attachments/{id}", Access.AUTHENTICATED,
                "A file of the inquiry (notes' files to staff only), as a download", this::download);
    }

    /** @param sla overdue or due-soon @return that narrowing, judged now */
    private AtRisk atRisk(String sla) {
        Instant now = desk.clock.instant();
        return new AtRisk(sla.equals("overdue"), now, desk.levels.dueSoonUntil(now));
    }

    private RouteResponse queue(RouteRequest request) {
        Locale locale = request.caller().locale();
        FieldErrors errors = FieldErrors.in(locale);
        Optional<InquiryStatus> status = errors.optionalCode("status", InquiryStatus.values(),
                request.queryParam("status").orElse(null));
        Optional<Topic> topic = errors.optionalCode("topic", Topic.values(), request.queryParam("topic").orElse(null));
        Optional<Region> region = errors.optionalCode("region", Region.values(),
                request.queryParam("region").orElse(null));
        Optional<String> assignee = request.queryParam("assignee");
        Optional<String> sla = request.queryParam("sla");
        sla.filter(a -> !a.equals("overdue") && !a.equals("due-soon"))
                .ifPresent(a -> errors.add("sla", KitWording.ONE_OF, "overdue, due-soon"));
        assignee.filter(a -> !a.equals("me")).ifPresent(a -> errors.add("assignee", KitWording.ONE_OF, "me"));
        PageRequest paging = PageRequest.of(request, errors);
        errors.throwIfAny();
        Optional<String> text = Inputs.given(Inputs.normalised(request.queryParam("q").orElse(null)));
        QueueFilter filter = new QueueFilter(status, topic, region, request.queryParam("receiver"),
                assignee.map(a -> request.caller().userId()), text, sla.map(this::atRisk), paging.offset(),
                paging.limit());
        InquirySearch.Page page = new InquirySearch(request.entityManager())
                .queue(Case.viewer(request.caller()), filter);
        Map<Long, List<Referral>> referrals = new Referrals(request.entityManager())
                .ofAll(page.items().stream().map(Inquiry::id).toList());
        return RouteResponse.ok(new Views.Page(page.items().stream()
                .map(i -> desk.views.queueItem(i, referrals.getOrDefault(i.id(), List.of()), locale)).toList(),
                page.total(), page.totalExact(), paging.offset(), paging.limit()));
    }

    private RouteResponse one(RouteRequest request) {
        return RouteResponse.ok(desk.views.of(Case.byReference(request), request.entityManager(),
                request.caller().locale()));
    }

    private RouteResponse write(RouteRequest request) {
        Case found = Case.byReference(request);
        Caller caller = request.caller();
        Locale locale = caller.locale();
        Inputs.MessageInput input = request.body(Inputs.MessageInput.class);
        Optional<MessageKind> kind = Coded.byCode(MessageKind.values(), input.kind())
                .filter(k -> k != MessageKind.QUESTION);
        if (kind.isEmpty()) {
            throw FieldErrors.single(locale, "kind", KitWording.ONE_OF, "reply, note, asker");
        }
        boolean staffKind = kind.get() != MessageKind.ASKER;
        boolean asker = found.inquiry().asker().userId().filter(caller.userId()::equals).isPresent();
        if (staffKind ? !found.standing().staff() : !asker) {
            throw FieldErrors.single(locale, "kind", DeskWording.KIND_NOT_YOURS);
        }
        InputParser.Written written = desk.parser.message(input, locale);
        if (!staffKind) {
            return desk.askerWrites(request, found, written);
        }
        Optional<Referral> referral = found.standing() == Standing.SECRETARIAT
                ? found.callersReferral(caller).filter(r -> r.status().active())
                : Optional.of(Desk.holding(found, request));
        Instant now = desk.clock.instant();
        Inquiry inquiry = found.inquiry();
        if (kind.get() == MessageKind.REPLY && inquiry.status() == InquiryStatus.CLOSED) {
            throw Desk.conflict(DeskWording.INQUIRY_STATE.in(locale, inquiry.status().label(locale)));
        }
        found.lock(request);
        Message message = desk.write(request.entityManager(), inquiry, kind.get(),
                new Author(Optional.of(caller.userId()), name(caller), referral.map(Referral::organizationId)),
                written, now);
        if (kind.get() == MessageKind.REPLY) {
            referral.ifPresent(r -> new Referrals(request.entityManager()).replied(r, now));
            inquiry.replied(now);
            new InquiryActivity(desk.context.activities()).answered(inquiry, caller.userId(), now);
            desk.notices.replied(request.entityManager(), inquiry, written.text(), now);
        }
        Desk.flush(request);
        return RouteResponse.ok(Map.of("id", message.id(), "status", inquiry.status().code()));
    }

    private RouteResponse close(RouteRequest request) {
        Case found = mayCloseOrReopen(request);
        Instant now = desk.clock.instant();
        found.lock(request);
        try {
            found.inquiry().close(now);
        } catch (InquiryStateException e) {
            throw refused(request, e);
        }
        desk.notices.closed(request.entityManager(), found.inquiry(), now);
        desk.context.audit().record("inquiry.closed", "inquiry", found.inquiry().reference(), Map.of());
        Desk.flush(request);
        return RouteResponse.ok(CaseViews.summary(found.inquiry(), request.caller().locale()));
    }

    private RouteResponse reopen(RouteRequest request) {
        Case found = mayCloseOrReopen(request);
        found.lock(request);
        try {
            found.inquiry().reopen(Referrals.openStatus(found.referrals()), desk.clock.instant());
        } catch (InquiryStateException e) {
            throw refused(request, e);
        }
        desk.context.audit().record("inquiry.reopened", "inquiry", found.inquiry().reference(), Map.of());
        Desk.flush(request);
        return RouteResponse.ok(CaseViews.summary(found.inquiry(), request.caller().locale()));
    }

    private RouteResponse download(RouteRequest request) {
        return desk.download(request, Case.byReference(request));
    }

    /** @return the case, if the caller is the secretariat, an organization holding it or its asker */
    private static Case mayCloseOrReopen(RouteRequest request) {
        Case found = Case.byReference(request);
        if (found.standing() == Standing.RECEIVER) {
            Desk.holding(found, request);
        }
        return found;
    }

    private static ProblemException refused(RouteRequest request, InquiryStateException e) {
        Locale locale = request.caller().locale();
        return Desk.conflict(DeskWording.INQUIRY_STATE.in(locale, e.status().label(locale)));
    }

    static String name(Caller caller) {
        return caller.displayName().isBlank() ? caller.username() : caller.displayName();
    }
}
