package jp.innovationnet.portal.plugins.events.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * Finds the events a viewer may see. The database narrows by the filter and leaves out other organizations'
 * drafts; {@link Event#visibleTo(Viewer)} then decides on each (audiences by region and organization need the
 * viewer's organization), page by page until the list is full.
 */
public final class EventSearch {

    /** Months are months in Japan, whatever an event's own time zone. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int PAGE = 200;

    private final EntityManager em;

    /** @param em the request's entity manager */
    public EventSearch(EntityManager em) {
        this.em = em;
    }

    /**
     * @param filter what to look for
     * @param viewer who looks
     * @param now    the time that separates upcoming from past events
     * @return the events, soonest first (past events: latest first)
     */
    public List<Event> find(EventFilter filter, Viewer viewer, Instant now) {
        if (filter.among().filter(Set::isEmpty).isPresent()) {
            return List.of();
        }
        TypedQuery<Event> query = em.createQuery(criteria(filter, viewer, now));
        List<Event> visible = new ArrayList<>();
        for (int first = 0; visible.size() < filter.limit(); first += PAGE) {
            List<Event> page = query.setFirstResult(first).setMaxResults(PAGE).getResultList();
            page.stream().filter(e -> e.visibleTo(viewer)).limit(filter.limit() - visible.size())
                    .forEach(visible::add);
            if (page.size() < PAGE) {
                break;
            }
        }
        return visible;
    }

    private CriteriaQuery<Event> criteria(EventFilter filter, Viewer viewer, Instant now) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Event> query = cb.createQuery(Event.class);
        Root<Event> event = query.from(Event.class);
        List<Predicate> where = new ArrayList<>();
        where.add(filter.past() ? cb.lessThan(event.<OffsetDateTime>get("endsAt"), Event.utc(now))
                : cb.greaterThanOrEqualTo(event.<OffsetDateTime>get("endsAt"), Event.utc(now)));
        if (!viewer.secretariat()) {
            Predicate notDraft = cb.notEqual(event.get("status"), EventStatus.DRAFT);
            where.add(viewer.organizationId().filter(viewer::mayOrganiseFor)
                    .map(own -> cb.or(notDraft, cb.equal(event.get("organiserId"), own)))
                    .orElse(notDraft));
        }
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
