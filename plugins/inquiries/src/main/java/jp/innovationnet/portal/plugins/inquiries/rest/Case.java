package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquirySearch;
import jp.innovationnet.portal.plugins.inquiries.inquiry.ReferenceNumbers;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Viewer;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.referral.Standing;

/**
 * One inquiry opened by a request, with its referrals and how the caller stands to it. Whoever it does not concern
 * gets 404, exactly as for a reference or token that opens nothing: its existence is not revealed.
 *
 * @param inquiry   the inquiry
 * @param referrals its referrals
 * @param standing  how the caller stands to it (never {@link Standing#NONE})
 */
record Case(Inquiry inquiry, List<Referral> referrals, Standing standing) {

    /**
     * @param request a request with a {@code ref} path parameter
     * @return the case, if the caller may see it
     * @throws ProblemException 404 for an unknown reference and for one the caller may not see
     */
    static Case byReference(RouteRequest request) {
        String text = request.pathParam("ref");
        Inquiry inquiry = ReferenceNumbers.parse(text).flatMap(new InquirySearch(request.entityManager())::byReference)
                .orElseThrow(() -> ProblemException.notFound("inquiry"));
        List<Referral> referrals = new Referrals(request.entityManager()).of(inquiry.id());
        Standing standing = Standing.of(viewer(request.caller()), inquiry, referrals);
        if (standing == Standing.NONE) {
            throw ProblemException.notFound("inquiry");
        }
        return new Case(inquiry, referrals, standing);
    }

    /**
     * @param request a request with a {@code token} path parameter
     * @return the case its private link opens, as its asker's
     * @throws ProblemException 404 for anything that opens nothing
     */
    static Case byToken(RouteRequest request) {
        String token = request.pathParam("token");
        Inquiry inquiry = new InquirySearch(request.entityManager()).byTokenSha256(SecretTokens.hash(token))
                .orElseThrow(() -> ProblemException.notFound("inquiry"));
        return new Case(inquiry, new Referrals(request.entityManager()).of(inquiry.id()), Standing.ASKER);
    }

    /** @param caller a caller @return who they are for confidentiality */
    static Viewer viewer(Caller caller) {
        return new Viewer(caller.userId(), caller.roles(), caller.organizationId());
    }

    /**
     * @param caller the caller
     * @return the referral of the caller's organization, if they are a receiver
     */
    Optional<Referral> callersReferral(Caller caller) {
        if (standing != Standing.RECEIVER && standing != Standing.SECRETARIAT) {
            return Optional.empty();
        }
        return viewer(caller).receivingFor().flatMap(org -> referrals.stream()
                .filter(r -> r.organizationId().equals(org)).findFirst());
    }

    /** Takes the optimistic lock on the inquiry: a concurrent change then fails at the flush with 409. */
    void lock(RouteRequest request) {
        request.entityManager().lock(inquiry, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
