package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.inquiries.faq.Anonymiser;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqDraft;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.message.Conversation;

/**
 * Drafts written from a resolved inquiry, anonymised ({@link FaqDraft}): the secretariat's FAQ entry, shaped as the
 * body of {@code POST /faq} so that the FAQ editor prefills its form with it, and a support case for the coordinator
 * exchange, for a coordinator among the inquiry's staff (its screen takes it over in the browser). 409 while the
 * inquiry is still open; 404 for whoever does not handle it.
 */
public final class ResolvedDraftRoutes {

    /** The role of the coordinator exchange's authors. */
    private static final String COORDINATOR = "coordinator";

    /** @param routes where to register them */
    public void register(Routes routes) {
        routes.get("/inquiries/{ref}/faq-draft", Access.anyRole(FaqRoutes.SECRETARIAT), "An FAQ draft from an"
                + " answered or closed inquiry, anonymised, in its language (the body of POST /faq)", this::faq);
        routes.get("/inquiries/{ref}/support-case-draft", Access.anyRole(COORDINATOR), "A support case's start"
                + " from an answered or closed inquiry the caller handles, anonymised, in its language",
                this::supportCase);
    }

    private RouteResponse faq(RouteRequest request) {
        FaqDraft draft = draft(request, Case.byReference(request));
        boolean ja = draft.language() == Language.JA;
        return RouteResponse.ok(new FaqInput(draft.topic().code(),
                new FaqInput.Question(ja ? draft.question() : null, ja ? null : draft.question()),
                new FaqInput.Answer(ja ? draft.answer() : null, ja ? null : draft.answer()),
                draft.sourceReference(), null));
    }

    private RouteResponse supportCase(RouteRequest request) {
        Case found = Case.byReference(request);
        if (!found.standing().staff()) {
            throw ProblemException.notFound("inquiry");
        }
        FaqDraft draft = draft(request, found);
        String[] parts = draft.question().split("\n\n", 2);
        return RouteResponse.ok(new SupportCaseDraft(draft.language().code(), parts[0].strip(),
                parts.length > 1 ? parts[1].strip() : parts[0].strip(), draft.answer(),
                found.inquiry().region().code(),
                draft.topic().service().map(SupportService::code).map(List::of).orElse(List.of())));
    }

    private static FaqDraft draft(RouteRequest request, Case found) {
        Inquiry inquiry = found.inquiry();
        if (inquiry.status().open()) {
            throw Desk.conflict(DeskWording.NOT_RESOLVED.in(request.caller().locale(),
                    inquiry.status().label(request.caller().locale())));
        }
        return FaqDraft.of(inquiry, new Conversation(request.entityManager()).of(inquiry.id(), true),
                new Anonymiser());
    }

    /**
     * A support case's start: what the coordinator exchange's case form takes over.
     *
     * @param language  the inquiry's language ({@code ja} or {@code en})
     * @param title     the inquiry's subject, anonymised
     * @param challenge what the asker wrote first, anonymised
     * @param approach  the replies staff sent, anonymised
     * @param region    the inquiry's region
     * @param services  the service its topic asks for, if any
     */
    public record SupportCaseDraft(String language, String title, String challenge, String approach, String region,
                                   List<String> services) {
    }
}
