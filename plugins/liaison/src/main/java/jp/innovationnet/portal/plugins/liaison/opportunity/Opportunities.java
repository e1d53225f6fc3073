package jp.innovationnet.portal.plugins.liaison.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import jp.innovationnet.portal.plugin.api.kit.Page;
import jp.innovationnet.portal.plugin.api.kit.PageRequest;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.Refusal;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;
import jp.innovationnet.portal.plugins.liaison.reader.Visibility;
import jp.innovationnet.portal.plugins.liaison.text.Terms;

/**
 * The opportunities: drafted and changed by their intermediary, reviewed by the secretariat, published until they
 * expire, renewed; found by what the reader may read of them; expired by an update that finds them still due, so that
 * of two servers running the task only one expires each.
 */
public final class Opportunities {

    /** How long a publication runs at most, and a renewal extends it. */
    public static final int MONTHS_PUBLISHED = 12;

    /** @param em the entity manager @param id an id @return the opportunity */
    public Optional<Opportunity> find(EntityManager em, long id) {
        return Optional.ofNullable(em.find(Opportunity.class, id));
    }

    /**
     * @param reader      who reads
     * @param opportunity an opportunity
     * @return whether the reader may know of it: its intermediary always, the secretariat once submitted, everybody
     *     else while it is published and its summary reaches them
     */
    public static boolean visibleTo(Reader reader, Opportunity opportunity) {
        OpportunityStatus status = opportunity.status();
        return reader.actsFor(opportunity.organizationId())
                || reader.secretariat() && status != OpportunityStatus.DRAFT
                || status == OpportunityStatus.PUBLISHED && opportunity.reach(Part.SUMMARY) <= reader.reach();
    }

    /** Keeps a new draft and its search terms. */
    public Opportunity add(EntityManager em, Opportunity draft) {
        em.persist(draft);
        em.flush();
        index(em, draft);
        return draft;
    }

    /** Rewrites a draft or a returned opportunity (409 naming {@code status} otherwise). */
    public void rewrite(EntityManager em, Opportunity opportunity, OpportunityContent content) {
        OpportunityStatus status = opportunity.status();
        if (status != OpportunityStatus.DRAFT && status != OpportunityStatus.RETURNED) {
            throw Refusal.conflict("status", LiaisonWording.NOT_EDITABLE);
        }
        opportunity.write(content);
        em.flush();
        index(em, opportunity);
    }

    /** Submits a draft or a returned opportunity for the secretariat's review. */
    public void submit(Opportunity opportunity) {
        require(opportunity, OpportunityStatus.DRAFT, OpportunityStatus.RETURNED);
        opportunity.submit();
    }

    /**
     * Publishes a submitted opportunity (the secretariat's review passed).
     *
     * @param today the day of publication in Japan: its expiry must be after it (422 naming {@code expires})
     */
    public void publish(Opportunity opportunity, LocalDate today, Instant now) {
        require(opportunity, OpportunityStatus.SUBMITTED);
        if (!opportunity.content().expires().isAfter(today)) {
            throw Refusal.invalid("expires", LiaisonWording.EXPIRES_NOT_AFTER_PUBLICATION);
        }
        opportunity.publish(now);
    }

    /** Returns a submitted opportunity to its intermediary with the secretariat's comment. */
    public void returnWith(Opportunity opportunity, String comment) {
        require(opportunity, OpportunityStatus.SUBMITTED);
        opportunity.returnWith(comment);
    }

    /**
     * Renews a published or expired opportunity: published again until {@link #MONTHS_PUBLISHED} months from today.
     *
     * @return the new expiry
     */
    public LocalDate renew(Opportunity opportunity, LocalDate today, Instant now) {
        require(opportunity, OpportunityStatus.PUBLISHED, OpportunityStatus.EXPIRED);
        LocalDate until = today.plusMonths(MONTHS_PUBLISHED);
        opportunity.renew(until, now);
        return until;
    }

    /**
     * Expires the published opportunities whose expiry, a day in Japan, has passed.
     *
     * @return the ids expired by this call
     */
    public List<Long> expire(EntityManager em, LocalDate today) {
        List<Long> expired = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT id FROM liaison_opportunity WHERE status = 'published'"
                + " AND expires < ? ORDER BY id").setParameter(1, today).setMaxResults(500).getResultList()) {
            long opportunityId = ((Number) id).longValue();
            if (em.createNativeQuery("UPDATE liaison_opportunity SET status = 'expired', version = version + 1"
                            + " WHERE id = ? AND status = 'published' AND expires < ?")
                    .setParameter(1, opportunityId).setParameter(2, today).executeUpdate() == 1) {
                expired.add(opportunityId);
            }
        }
        em.clear();
        return expired;
    }

    /** @return the published opportunities expiring on or before {@code day} (the renewal reminders' due ones) */
    public List<Opportunity> expiringBy(EntityManager em, LocalDate day) {
        return em.createQuery("select o from Opportunity o where o.status = 'published' and o.expires <= :day"
                + " order by o.id", Opportunity.class).setParameter("day", day).setMaxResults(500).getResultList();
    }

    /**
     * @return the published opportunities first published or renewed after {@code since} and up to {@code until}
     *     (what the follows' alerts bring), oldest first
     */
    public List<Opportunity> newlyPublished(EntityManager em, Instant since, Instant until) {
        return em.createQuery("select o from Opportunity o where o.status = 'published'"
                        + " and ((o.publishedAt > :since and o.publishedAt <= :until)"
                        + " or (o.renewedAt > :since and o.renewedAt <= :until)) order by o.id", Opportunity.class)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .setParameter("until", until.atOffset(ZoneOffset.UTC)).getResultList();
    }

    /**
     * @param reader who searches
     * @param query  what
     * @param page   which page
     * @return the opportunities the reader may know of matching the query, newest first
     */
    public Page<Opportunity> search(EntityManager em, Reader reader, OpportunityQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" FROM liaison_opportunity o WHERE (o.organization_id = ?"
                + " OR (o.status = 'published' AND o.reach_summary <= ?)"
                + (reader.secretariat() ? " OR o.status <> 'draft'" : "") + ")");
        List<Object> parameters = new ArrayList<>(List.of(reader.organizationId().orElse(""), reader.reach()));
        for (String term : query.terms()) {
            where.append(" AND o.id IN (SELECT t.opportunity_id FROM liaison_term t WHERE t.term = ?"
                    + " AND (t.reach <= ? OR o.organization_id = ?))");
            parameters.addAll(List.of(term, reader.reach(), reader.organizationId().orElse("")));
        }
        filter(where, parameters, "o.kind = ?", query.kind() == null ? null : query.kind().code());
        filter(where, parameters, "o.fields LIKE ?", query.field() == null ? null : "% " + query.field().code() + " %");
        filter(where, parameters, "o.countries LIKE ?", query.country() == null ? null : "% " + query.country() + " %");
        filter(where, parameters, "o.status = ?", query.status() == null ? null : query.status().code());
        filter(where, parameters, "o.organization_id = ?", query.organization());
        if (query.stage() != null) {
            where.append(" AND o.stage = ? AND (o.reach_stage <= ? OR o.organization_id = ?)");
            parameters.addAll(List.of(query.stage().code(), reader.reach(), reader.organizationId().orElse("")));
        }
        long total = ((Number) bound(em.createNativeQuery("SELECT COUNT(*)" + where), parameters).getSingleResult())
                .longValue();
        List<?> ids = bound(em.createNativeQuery("SELECT o.id" + where
                + " ORDER BY COALESCE(o.published_at, o.created_at) DESC, o.id DESC"), parameters)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        List<Opportunity> found = ids.stream().map(id -> em.find(Opportunity.class, ((Number) id).longValue()))
                .toList();
        return Page.of(found, page, total);
    }

    private static void filter(StringBuilder where, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    private static Query bound(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * Keeps the opportunity's search terms, each with the narrowest reach of the parts it comes from. A Japanese text
     * beside an English one is not the public's (visitors read the English), so its terms reach partners at widest.
     */
    private static void index(EntityManager em, Opportunity opportunity) {
        OpportunityContent content = opportunity.content();
        Map<String, Integer> terms = new HashMap<>();
        add(terms, content.summary(), content.reach(Part.SUMMARY));
        add(terms, content.callName(), content.reach(Part.SUMMARY));
        add(terms, content.description(), content.reach(Part.DESCRIPTION));
        add(terms, content.innovation(), content.reach(Part.INNOVATION));
        add(terms, content.partnerRole(), content.reach(Part.PARTNER));
        add(terms, String.join(" ", content.keywords()), content.reach(Part.KEYWORDS));
        em.createNativeQuery("DELETE FROM liaison_term WHERE opportunity_id = ?").setParameter(1, opportunity.id())
                .executeUpdate();
        terms.forEach((term, reach) -> em.createNativeQuery("INSERT INTO liaison_term (opportunity_id, term, reach)"
                        + " VALUES (?, ?, ?)").setParameter(1, opportunity.id()).setParameter(2, term)
                .setParameter(3, reach).executeUpdate());
    }

    private static void add(Map<String, Integer> terms, OpportunityContent.Text text, int reach) {
        int japanese = text.en() == null ? reach : Math.max(reach, Visibility.PARTNERS.reach());
        add(terms, text.ja(), japanese);
        add(terms, text.en(), reach);
    }

    private static void add(Map<String, Integer> terms, String text, int reach) {
        Terms.of(text).forEach(term -> terms.merge(term, reach, Math::min));
    }

    private static void require(Opportunity opportunity, OpportunityStatus... allowed) {
        OpportunityStatus status = opportunity.status();
        if (!List.of(allowed).contains(status)) {
            throw Refusal.conflict("status", LiaisonWording.WRONG_STATUS, status);
        }
    }
}
