package jp.innovationnet.portal.plugins.inquiries.rest;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugins.inquiries.faq.Anonymiser;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqDraft;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.message.Conversation;

/**
 * The secretariat's FAQ draft from a resolved inquiry ({@link FaqDraft}), shaped as the body of {@code POST /faq}
 * with the inquiry's language filled, so that the FAQ editor prefills its form with it; 409 while the inquiry is
 * still open.
 */
public final class FaqDraftRoutes {

    /** @param routes where to register them */
    public void register(Routes routes) {
        routes.get("/inquiries/{ref}/faq-draft", Access.anyRole(FaqRoutes.SECRETARIAT), "An FAQ draft from an"
                + " answered or closed inquiry, anonymised, in its language (the body of POST /faq)", this::draft);
    }

    private RouteResponse draft(RouteRequest request) {
        Inquiry inquiry = Case.byReference(request).inquiry();
        if (inquiry.status().open()) {
            throw Desk.conflict(DeskWording.NOT_RESOLVED.in(request.caller().locale(),
                    inquiry.status().label(request.caller().locale())));
        }
        FaqDraft draft = FaqDraft.of(inquiry, new Conversation(request.entityManager()).of(inquiry.id(), true),
                new Anonymiser());
        boolean ja = draft.language() == Language.JA;
        return RouteResponse.ok(new FaqInput(draft.topic().code(),
                new FaqInput.Question(ja ? draft.question() : null, ja ? null : draft.question()),
                new FaqInput.Answer(ja ? draft.answer() : null, ja ? null : draft.answer()),
                draft.sourceReference(), null));
    }
}
