package jp.innovationnet.portal.plugins.inquiries.rest;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.PageRequest;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquirySearch;
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.message.Author;
import jp.innovationnet.portal.plugins.inquiries.message.MessageKind;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.DueDates;

/**
 * Asking: the public form, submitting (members logged in, anyone else through the protected public form), and
 * the caller's own inquiries. The inquiry, its question, its files and the asker's confirmation are one transaction.
 */
final class SubmissionRoutes {

    /** The form's name for the portal's form protection. */
    static final String FORM = "inquiry";

    private final Desk desk;

    SubmissionRoutes(Desk desk) {
        this.desk = desk;
    }

    void register(Routes routes) {
        routes.get("/form", Access.PUBLIC, "The inquiry form: {formToken, topics, regions, languages}", this::form);
        routes.post("/inquiries", Access.PUBLIC, "Ask: {topic, region, language, subject, text, attachments, name,"
                + " email, organization, formToken, website} → 201 {reference, status, trackUrl}", this::submit);
        routes.get("/mine", Access.AUTHENTICATED, "The caller's own inquiries, newest first: offset, limit",
                this::mine);
    }

    private RouteResponse form(RouteRequest request) {
        return RouteResponse.ok(new Views.Form(desk.context.publicForms().issue(FORM), choices(Topic.values()),
                choices(Region.values()), choices(Language.values())));
    }

    private RouteResponse submit(RouteRequest request) {
        Inputs.Submission input = request.body(Inputs.Submission.class);
        if (!request.caller().authenticated()) {
            desk.context.publicForms().check(FORM, input.formToken(), input.website(), request);
        }
        InputParser.Submission submission = desk.parser.submission(input, request.caller());
        EntityManager em = request.entityManager();
        Instant now = desk.clock.instant();
        InquirySearch search = new InquirySearch(em);
        String token = SecretTokens.generate();
        Inquiry inquiry = new Inquiry(ReferenceNumbers.next(now, search::referenceTaken), submission.topic(),
                submission.region(), submission.language(), submission.subject(), submission.asker(),
                SecretTokens.hash(token), now);
        DueDates due = desk.levels.dueDates(now);
        inquiry.due(due.firstResponse(), due.resolution());
        em.persist(inquiry);
        em.flush();
        desk.write(em, inquiry, MessageKind.QUESTION, new Author(submission.asker().userId(),
                submission.asker().name(), Optional.empty()),
                new InputParser.Written(submission.text(), submission.files()), now);
        URI trackUrl = desk.context.portalUrl("/p/inquiries/track#" + token);
        desk.notices.submitted(em, inquiry, trackUrl, now);
        desk.context.audit().record("inquiry.submitted", "inquiry", inquiry.reference(), Map.of(
                "topic", inquiry.topic().code(), "region", inquiry.region().code(),
                "form", request.caller().authenticated() ? "member" : "public"));
        return RouteResponse.created(URI.create("/api/plugins/" + desk.context.pluginId() + "/inquiries/"
                + inquiry.reference()), new Views.Created(inquiry.reference(), inquiry.status().code(),
                trackUrl.toString()));
    }

    private RouteResponse mine(RouteRequest request) {
        Locale locale = request.caller().locale();
        FieldErrors errors = FieldErrors.in(locale);
        PageRequest paging = PageRequest.of(request, errors);
        errors.throwIfAny();
        InquirySearch.Page page = new InquirySearch(request.entityManager())
                .askedBy(request.caller().userId(), paging.offset(), paging.limit());
        return RouteResponse.ok(new Views.Page(page.items().stream().map(i -> CaseViews.summary(i, locale)).toList(),
                page.total(), page.totalExact(), paging.offset(), paging.limit()));
    }

    private static <E extends Enum<E> & Coded> List<Views.Choice> choices(E[] values) {
        return Arrays.stream(values).map(Views.Choice::of).toList();
    }
}
