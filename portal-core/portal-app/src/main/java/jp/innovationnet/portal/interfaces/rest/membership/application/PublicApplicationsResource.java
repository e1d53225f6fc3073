package jp.innovationnet.portal.interfaces.rest.membership.application;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jp.innovationnet.portal.infrastructure.formguard.FormGuards;
import jp.innovationnet.portal.infrastructure.formguard.FormTokens;
import jp.innovationnet.portal.interfaces.rest.body.BodySizeLimit;
import jp.innovationnet.portal.interfaces.rest.membership.FieldErrors;
import jp.innovationnet.portal.interfaces.rest.membership.organization.ProfileReader;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.membership.application.Applicant;
import jp.innovationnet.portal.membership.application.ApplicationDesk;
import jp.innovationnet.portal.membership.application.ApplicationDesk.ApplicationNotFoundException;
import jp.innovationnet.portal.membership.application.ApplicationDesk.ApplicationRecord;
import jp.innovationnet.portal.membership.application.ApplicationDesk.DuplicateNameException;
import jp.innovationnet.portal.membership.application.ApplicationDesk.Receipt;
import jp.innovationnet.portal.membership.application.ApplicationMails;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.OrganizationRegistry;

/**
 * {@code /api/public/applications}: the public membership application, for people without an account. Nothing here
 * needs or uses a login (no access annotations: the access filter lets anonymous callers through, and Liberty's
 * bearer-token filter skips {@code /api/public/}). Protected against spam and floods by a signed form token
 * (a minimum fill time, a maximum age, single use), a honeypot field, rate limits per client address and overall
 * (429 with {@code Retry-After}), a body size limit (413) and duplicate detection (409).
 */
@Path("public/applications")
@RequestScoped
public class PublicApplicationsResource {

    private static final int TEXT_MAX = 4000;
    private static final String FORM = "membership-application";

    @Inject
    ApplicationDesk desk;

    @Inject
    FormGuards guards;

    @Inject
    ApplicationMails mails;

    @Inject
    OrganizationRegistry registry;

    @Context
    HttpServletRequest request;

    /** @return a form token: {@code {token, notBefore, expiresAt}} */
    @GET
    @Path("form-token")
    @Produces(MediaType.APPLICATION_JSON)
    public Response formToken() {
        var issued = guards.formTokens().issue(FORM);
        return Response.ok(Json.createObjectBuilder().add("token", issued.token())
                        .add("notBefore", issued.notBefore().toString())
                        .add("expiresAt", issued.expiresAt().toString()).build())
                .header("Cache-Control", "no-store").build();
    }

    /**
     * @param input the form
     * @return 201 with {@code {reference, accessToken, link, status}}; 400 naming bad fields (the form token, the
     *         honeypot and every field of the application); 409 naming {@code organization.nameJa} when an
     *         organization or application of that name exists; 413; 429 with {@code Retry-After}
     */
    @POST
    @BodySizeLimit
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response submit(ApplicationInput input) {
        throttle();
        FieldErrors errors = new FieldErrors();
        if (input == null) {
            errors.add("body", "required");
            errors.throwIfAny();
        }
        if (input.confirmEmail() != null && !input.confirmEmail().isEmpty()) {
            errors.add("confirmEmail", "must be left empty");
            errors.throwIfAny();
        }
        var verdict = guards.formTokens().check(FORM, input.formToken());
        if (verdict != FormTokens.Verdict.VALID) {
            errors.add("formToken", verdict.message());
            errors.throwIfAny();
        }
        Applicant applicant = applicant(input.applicant(), errors);
        MembershipClass desiredClass = input.membershipClass() == null || input.membershipClass().isBlank()
                ? MembershipClass.FULL
                : ProfileReader.coded(MembershipClass.class, input.membershipClass(), "membershipClass", errors);
        String message = ProfileReader.optional(input.message(), "message", TEXT_MAX, errors);
        Optional<OrganizationProfile> profile = ProfileReader.read(input.organization(), "organization", errors);
        errors.throwIfAny();
        if (!guards.formTokens().use(input.formToken())) {
            errors.add("formToken", FormTokens.Verdict.USED.message());
            errors.throwIfAny();
        }
        try {
            Receipt receipt = desk.submit(applicant, desiredClass, message, profile.orElseThrow());
            return Response.created(URI.create("public/applications/" + receipt.accessToken()))
                    .entity(Json.createObjectBuilder().add("reference", receipt.reference())
                            .add("accessToken", receipt.accessToken())
                            .add("link", mails.privateLink(receipt.accessToken()))
                            .add("status", MembershipStatus.APPLIED.code()).build())
                    .header("Cache-Control", "no-store").build();
        } catch (DuplicateNameException e) {
            guards.formTokens().release(input.formToken());
            return new Problem(409, "Conflict", e.getMessage(), Map.of("organization.nameJa",
                    "an organization or application of this name exists already")).toResponse();
        }
    }

    /**
     * @param token the private link's token
     * @return the application as its applicant sees it; 404 for an unknown token
     */
    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("token") String token) {
        ApplicationRecord record = desk.byToken(token).orElseThrow(PublicApplicationsResource::unknownLink);
        return Response.ok(ApplicationViews.forApplicant(record,
                registry.history(record.organization().getId()))).header("Cache-Control", "no-store").build();
    }

    /**
     * The applicant answers the secretariat's question; the application goes back to review.
     *
     * @param token  the private link's token
     * @param answer {@code {text}}
     * @return 200 with the application; 400 naming {@code text}; 404; 409 when no question is open; 429
     */
    @POST
    @Path("{token}/answers")
    @BodySizeLimit
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, TextInput answer) {
        throttle();
        FieldErrors errors = new FieldErrors();
        String text = ProfileReader.required(answer == null ? null : answer.text(), "text", TEXT_MAX, errors);
        errors.throwIfAny();
        ApplicationRecord record = desk.byToken(token).orElseThrow(PublicApplicationsResource::unknownLink);
        if (record.organization().getStatus() != MembershipStatus.INFORMATION_REQUESTED) {
            return new Problem(409, "Conflict", "the secretariat has no open question on this application",
                    Map.of("status", record.organization().getStatus().code())).toResponse();
        }
        try {
            ApplicationRecord answered = desk.answer(token, text);
            return Response.ok(ApplicationViews.forApplicant(answered,
                    registry.history(answered.organization().getId()))).build();
        } catch (ApplicationNotFoundException e) {
            throw unknownLink();
        }
    }

    private void throttle() {
        Optional<Duration> wait = guards.rateLimiter(FORM).tryAcquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new jakarta.ws.rs.WebApplicationException(Response.fromResponse(Problem.of(429,
                            "Too Many Requests", "too many submissions; try again in " + seconds + " seconds")
                    .toResponse()).header("Retry-After", seconds).build());
        }
    }

    private static Applicant applicant(ApplicantInput input, FieldErrors errors) {
        if (input == null) {
            errors.add("applicant", "required");
            return null;
        }
        String name = ProfileReader.required(input.name(), "applicant.name", ProfileReader.NAME_MAX, errors);
        String email = ProfileReader.email(input.email(), "applicant.email", errors);
        String phone = ProfileReader.phone(input.phone(), "applicant.phone", errors);
        Locale language = Locale.JAPANESE;
        if (input.language() != null && !input.language().isBlank()) {
            switch (input.language().strip().toLowerCase(Locale.ROOT)) {
                case "ja" -> language = Locale.JAPANESE;
                case "en" -> language = Locale.ENGLISH;
                default -> errors.add("applicant.language", "ja or en");
            }
        }
        return name == null || email == null ? null : new Applicant(name, email, phone, language);
    }

    private static jakarta.ws.rs.WebApplicationException unknownLink() {
        return Problem.of(404, "Not Found", "no application for this link").asException();
    }
}
