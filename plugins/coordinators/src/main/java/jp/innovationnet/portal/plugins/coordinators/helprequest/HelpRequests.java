package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.TermIndex;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Help requests kept with their offers and threads. A request's words and codes are its search terms (for the
 * network, who alone reads requests), written in the transaction that posts it. Every step checks the caller's part
 * and where the request stands before it writes anything ({@link HelpRefusal}).
 */
public final class HelpRequests {

    /** Who may find a request by its terms: the network. */
    public static final Audience READERS = Audience.NETWORK;

    private final Terms analysis;

    /** @param analysis how texts become search terms */
    public HelpRequests(Terms analysis) {
        this.analysis = analysis;
    }

    /**
     * @param em the request's entity manager
     * @param id a help request's id
     * @return it
     */
    public Optional<HelpRequest> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(HelpRequest.class, id));
    }

    /**
     * @param em  the request's entity manager
     * @param ids help request ids
     * @return those requests
     */
    public List<HelpRequest> findAll(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select h from HelpRequest h where h.id in :ids", HelpRequest.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * @param em     the request's entity manager
     * @param posted a new request
     * @return it, with its id, indexed
     */
    public HelpRequest add(EntityManager em, HelpRequest posted) {
        em.persist(posted);
        em.flush();
        HelpContent content = posted.content();
        IndexedTerms terms = new IndexedTerms(analysis).words(content.title(), READERS)
                .words(content.body(), READERS)
                .codes(Facet.REGION, List.of(content.region()), READERS)
                .codes(Facet.FIELD, content.fields(), READERS)
                .codes(Facet.SERVICE, content.services(), READERS)
                .tags(content.tags(), READERS);
        TermIndex.replace(em, TermIndex.Kind.HELP, String.valueOf(posted.id()), posted.requesterId(), terms);
        return posted;
    }

    /**
     * @param em        the request's entity manager
     * @param requestId a request
     * @return its offers, oldest first
     */
    public List<Offer> offersOn(EntityManager em, long requestId) {
        return em.createQuery("select o from Offer o where o.requestId = :r order by o.id", Offer.class)
                .setParameter("r", requestId).getResultList();
    }

    /**
     * @param em the request's entity manager
     * @param id an offer's id
     * @return it
     */
    public Optional<Offer> findOffer(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    /**
     * A coordinator other than the requester offers help, once per request, while it is open or matched.
     *
     * @param em      the request's entity manager
     * @param request the request
     * @param offer   the new offer
     * @param now     when
     * @return it, with its id
     */
    public Offer offer(EntityManager em, HelpRequest request, Offer offer, Instant now) {
        if (offersOn(em, request.id()).stream().anyMatch(o -> o.helperId().equals(offer.helperId()))) {
            throw new HelpRefusal(HelpRefusal.Reason.ALREADY_OFFERED);
        }
        request.offered(offer.helperId(), now);
        em.persist(offer);
        em.flush();
        return offer;
    }

    /**
     * @param offer  an offer
     * @param userId who withdraws it: its helper, before it is accepted
     */
    public void withdraw(Offer offer, String userId) {
        offer.withdraw(userId);
    }

    /**
     * The requester accepts one of the request's offers.
     *
     * @param request the request
     * @param offer   an offer on it, still offered
     * @param userId  who accepts
     * @param now     when
     */
    public void accept(HelpRequest request, Offer offer, String userId, Instant now) {
        request.requireRequester(userId);
        if (offer.requestId() != request.id()) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_ON_OFFER);
        }
        request.accept(userId, now);
        offer.accept();
    }

    /**
     * @param em      the request's entity manager
     * @param request a request
     * @return the user ids of the helpers accepted, in the order they offered
     */
    public List<String> helpers(EntityManager em, HelpRequest request) {
        return offersOn(em, request.id()).stream().filter(o -> o.status() == OfferStatus.ACCEPTED)
                .map(Offer::helperId).toList();
    }

    /**
     * @param em      the request's entity manager
     * @param request a request
     * @param viewer  who reads
     * @return whether they take part in its thread: the requester, a helper accepted, the secretariat
     */
    public boolean inThread(EntityManager em, HelpRequest request, Viewer viewer) {
        return viewer.secretariat() || viewer.is(request.requesterId())
                || helpers(em, request).contains(viewer.userId());
    }

    /**
     * @param em      the request's entity manager
     * @param request a request
     * @param viewer  who reads
     * @return its thread, oldest first
     * @throws HelpRefusal unless they take part in it
     */
    public List<ThreadMessage> thread(EntityManager em, HelpRequest request, Viewer viewer) {
        requireInThread(em, request, viewer);
        return em.createQuery("select m from ThreadMessage m where m.requestId = :r order by m.id",
                ThreadMessage.class).setParameter("r", request.id()).getResultList();
    }

    /**
     * @param em      the request's entity manager
     * @param request a request
     * @param viewer  who writes
     * @param message the new message
     * @throws HelpRefusal unless they take part in the thread
     */
    public void write(EntityManager em, HelpRequest request, Viewer viewer, ThreadMessage message) {
        requireInThread(em, request, viewer);
        em.persist(message);
    }

    /**
     * The secretariat approves or rejects a dispatch awaiting its decision.
     *
     * @param request  a visit or lecture with an offer accepted
     * @param approved whether it is approved
     * @param reason   why not; null when approved
     * @param by       the secretariat's user id
     * @param now      when
     */
    public void decide(HelpRequest request, boolean approved, String reason, String by, Instant now) {
        request.decide(approved, reason, by, now);
    }

    /**
     * Closes a matched request as fulfilled: a dispatch's report by its requester or a helper accepted, advice by
     * its requester.
     *
     * @param em       the request's entity manager
     * @param request  the request
     * @param userId   who closes it
     * @param dispatch whether this is a dispatch's report
     * @param note     what happened; null for none
     * @param outcome  what it achieved; null for none
     * @param today    today in Japan
     * @param now      when
     */
    public void fulfil(EntityManager em, HelpRequest request, String userId, boolean dispatch, String note,
                       Outcome outcome, LocalDate today, Instant now) {
        boolean helper = helpers(em, request).contains(userId);
        if (!request.requesterId().equals(userId) && !(dispatch && helper)) {
            throw new HelpRefusal(dispatch ? HelpRefusal.Reason.NOT_PARTICIPANT : HelpRefusal.Reason.NOT_REQUESTER);
        }
        request.fulfil(dispatch, note, outcome, today, now);
    }

    /**
     * @param request the request
     * @param userId  who cancels it: its requester
     * @param now     when
     */
    public void cancel(HelpRequest request, String userId, Instant now) {
        request.cancel(userId, now);
    }

    /**
     * Expires the open requests whose deadline has passed, in one update: of two servers running it at once, the
     * second finds nothing left to expire.
     *
     * @param em    the task's entity manager
     * @param today today in Japan: a deadline before it has passed
     * @param now   when
     * @return the ids expired by this call
     */
    public List<Long> expire(EntityManager em, LocalDate today, Instant now) {
        List<Long> expired = new ArrayList<>();
        List<?> due = em.createNativeQuery("SELECT id FROM coordinators_help_request WHERE status = 'open'"
                + " AND deadline < ? ORDER BY id").setParameter(1, today).setMaxResults(500).getResultList();
        for (Object id : due) {
            long requestId = ((Number) id).longValue();
            if (em.createNativeQuery("UPDATE coordinators_help_request SET status = 'expired', closed_at = ?,"
                            + " version = version + 1 WHERE id = ? AND status = 'open' AND deadline < ?")
                    .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, requestId)
                    .setParameter(3, today).executeUpdate() == 1) {
                expired.add(requestId);
            }
        }
        return expired;
    }

    private void requireInThread(EntityManager em, HelpRequest request, Viewer viewer) {
        if (!inThread(em, request, viewer)) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_PARTICIPANT);
        }
    }
}
