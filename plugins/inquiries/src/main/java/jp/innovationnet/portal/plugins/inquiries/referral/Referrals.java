package jp.innovationnet.portal.plugins.inquiries.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.InquiryStatus;

/** Routing an inquiry to organizations and what each does with it; every change also moves the inquiry. */
public final class Referrals {

    private final EntityManager em;

    /** @param em the request's entity manager */
    public Referrals(EntityManager em) {
        this.em = em;
    }

    /** @param inquiryId an inquiry @return its referrals, oldest first */
    public List<Referral> of(long inquiryId) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.inquiryId = :inquiry ORDER BY r.id", Referral.class)
                .setParameter("inquiry", inquiryId).getResultList();
    }

    /**
     * @param inquiryIds inquiries (a page of the queue)
     * @return their referrals by inquiry, each inquiry's oldest first (one query, not one per inquiry)
     */
    public Map<Long, List<Referral>> ofAll(Collection<Long> inquiryIds) {
        if (inquiryIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r FROM Referral r WHERE r.inquiryId IN :inquiries ORDER BY r.id", Referral.class)
                .setParameter("inquiries", inquiryIds).getResultStream()
                .collect(Collectors.groupingBy(Referral::inquiryId));
    }

    /**
     * @param referrals an inquiry's referrals
     * @return the status of an open case held as they say: in progress if an organization accepted (or answered)
     *     it, routed if one has yet to, new when none holds it (back in the secretariat's queue)
     */
    public static InquiryStatus openStatus(List<Referral> referrals) {
        if (referrals.stream().anyMatch(r -> r.status() == ReferralStatus.ACCEPTED
                || r.status() == ReferralStatus.ANSWERED)) {
            return InquiryStatus.IN_PROGRESS;
        }
        if (referrals.stream().anyMatch(r -> r.status() == ReferralStatus.RECEIVED)) {
            return InquiryStatus.ROUTED;
        }
        return InquiryStatus.NEW;
    }

    /**
     * Routes an inquiry to organizations (the caller checked they exist, are active and do not hold it yet).
     *
     * @param inquiry       the inquiry
     * @param organizations where to
     * @param note          the routing note, for staff
     * @param routedBy      the user routing it
     * @param from          the receiving organization referring it onward, whose referral becomes referred; empty
     *                      when the secretariat routes
     * @param now           the time
     * @return the referrals made (or made active again)
     */
    public List<Referral> route(Inquiry inquiry, List<String> organizations, Optional<String> note, String routedBy,
                                Optional<String> from, Instant now) {
        List<Referral> existing = of(inquiry.id());
        List<Referral> routed = organizations.stream().map(organization -> existing.stream()
                .filter(r -> r.organizationId().equals(organization)).findFirst()
                .map(r -> {
                    r.routedAgain(note, routedBy, from, now);
                    return r;
                })
                .orElseGet(() -> {
                    Referral referral = new Referral(inquiry.id(), organization, note, routedBy, from, now);
                    em.persist(referral);
                    return referral;
                })).toList();
        from.flatMap(organization -> existing.stream().filter(r -> r.organizationId().equals(organization))
                .findFirst()).ifPresent(r -> r.moveTo(ReferralStatus.REFERRED, now));
        inquiry.routed(now);
        inquiry.settle(openStatus(of(inquiry.id())), now);
        return routed;
    }

    /** @param inquiry the inquiry @param referral the referral accepted now @param now the time */
    public void accept(Inquiry inquiry, Referral referral, Instant now) {
        requireStatus(referral, ReferralStatus.RECEIVED);
        referral.moveTo(ReferralStatus.ACCEPTED, now);
        inquiry.accepted(now);
    }

    /**
     * @param inquiry  the inquiry
     * @param referral the referral handed back now
     * @param reason   why, for the secretariat
     * @param now      the time
     */
    public void handBack(Inquiry inquiry, Referral referral, Optional<String> reason, Instant now) {
        requireActive(referral);
        referral.handBack(reason, now);
        inquiry.settle(openStatus(of(inquiry.id())), now);
    }

    /** @param referral the referral of the organization that replied @param now the time */
    public void replied(Referral referral, Instant now) {
        requireActive(referral);
        referral.moveTo(ReferralStatus.ANSWERED, now);
    }

    /**
     * @param referral the referral
     * @param userId   the assignee; empty clears it
     * @param name     their name
     * @param now      the time
     */
    public void assign(Referral referral, Optional<String> userId, Optional<String> name, Instant now) {
        requireActive(referral);
        referral.assign(userId, name, now);
    }

    /** @param referral a referral @throws ReferralStateException unless its organization still holds the case */
    public static void requireActive(Referral referral) {
        if (!referral.status().active()) {
            throw new ReferralStateException(referral.status());
        }
    }

    private static void requireStatus(Referral referral, ReferralStatus status) {
        if (referral.status() != status) {
            throw new ReferralStateException(referral.status());
        }
    }
}
