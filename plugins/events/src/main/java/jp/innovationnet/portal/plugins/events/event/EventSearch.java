package jp.innovationnet.portal.plugins.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Finds the events a viewer may see, one page at a time: the database applies the filter and the viewer's
 * {@link Visibility} (the rules {@link Event#visibleTo(Viewer)} applies to one event), orders and pages.
 */
public final class EventSearch {

    private static final String ALIAS = "e";
    /** EclipseLink's query hints for reading a relation of all results at once (strings: no EclipseLink import). */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    /** Months are months in Japan, whatever an event's own time zone. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final EntityManager em;

    /** @param em the request's entity manager */
    public EventSearch(EntityManager em) {
        this.em = em;
    }

    /**
     * @param filter what to look for
     * @param viewer who looks
     * @param now    the time that separates upcoming from past events
     * @return the filter's page of the events, soonest first (past events: latest first)
     */
    public List<Event> find(EventFilter filter, Viewer viewer, Instant now) {
        if (filter.among().filter(Set::isEmpty).isPresent()) {
            return List.of();
        }
        // A list shows each event's audience lists: read them for the whole page in two queries (IN), not per event.
        return em.createQuery(criteria(filter, viewer, now)).setFirstResult(filter.offset())
                .setMaxResults(filter.limit())
                .setHint(BATCH_TYPE, "IN")
                .setHint(BATCH, ALIAS + ".audienceRegions")
                .setHint(BATCH, ALIAS + ".audienceOrganizations")
                .getResultList();
    }

    private CriteriaQuery<Event> criteria(EventFilter filter, Viewer viewer, Instant now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        event.alias(ALIAS);
        List<Predicate> where = new ArrayList<>();
        where.add(filter.past() ? cb.lessThan(event.<OffsetDateTime>get("endsAt"), Event.utc(now))
                : cb.greaterThanOrEqualTo(event.<OffsetDateTime>get("endsAt"), Event.utc(now)));
        viewer.visibility().predicate(cb, query, event).ifPresent(where::add);
        filter.kind().ifPresent(kind -> where.add(cb.equal(event.get("kind"), kind)));
        filter.audience().ifPresent(audience -> where.add(cb.equal(event.get("audienceKind"), audience)));
        filter.region().ifPresent(region -> where.add(cb.equal(event.get("venueRegion"), region)));
        filter.organiser().ifPresent(organiser -> where.add(cb.equal(event.get("organiserId"), organiser)));
        filter.among().ifPresent(ids -> where.add(event.get("id").in(ids)));
        filter.month().ifPresent(month -> {
            where.add(cb.greaterThanOrEqualTo(event.<OffsetDateTime>get("startsAt"), startOf(month)));
            where.add(cb.lessThan(event.<OffsetDateTime>get("startsAt"), startOf(month.plusMonths(1))));
        });
        query.select(event).where(where.toArray(Predicate[]::new));
        query.orderBy(filter.past() ? cb.desc(event.get("startsAt")) : cb.asc(event.get("startsAt")),
                cb.asc(event.get("id")));
        return query;
    }

    private static OffsetDateTime startOf(YearMonth month) {
        return Event.utc(month.atDay(1).atStartOfDay(JAPAN).toInstant());
    }
}
