package jp.innovationnet.portal.plugins.events.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/**
 * Which events one viewer sees, written down once ({@link Viewer#visibility()}) and read two ways: for one event
 * in memory ({@link #admits(String, EventStatus, Audience)}) and for a list as a condition of the database query
 * ({@link #predicate(CriteriaBuilder, AbstractQuery, Root)}). Both readings only look up the fields below, so they
 * cannot disagree on who sees what. An event is visible if the viewer sees every event, or organises it (drafts
 * too), or it is not a draft and its audience is meant for the viewer.
 *
 * @param everything   sees every event, drafts of any organization included (the secretariat)
 * @param organises    the organization whose events, drafts included, they see as its organisers
 * @param audiences    the kinds of audience meant for them, whatever an event's lists say
 * @param region       the region whose events for {@link AudienceKind#REGIONS} are meant for them, if it is listed
 * @param organization the organization whose events for {@link AudienceKind#ORGANIZATIONS} are meant for them, if
 *                     it is listed
 */
public record Visibility(boolean everything, Optional<String> organises, Set<AudienceKind> audiences,
                         Optional<String> region, Optional<String> organization) {

    public Visibility {
        audiences = Set.copyOf(audiences);
    }

    /**
     * @param organiserId the organization running an event
     * @param status      its status
     * @param audience    whom it is for
     * @return whether the viewer sees it
     */
    public boolean admits(String organiserId, EventStatus status, Audience audience) {
        return everything || organises.filter(organiserId::equals).isPresent()
                || (status != EventStatus.DRAFT && meantFor(audience));
    }

    /**
     * @param audience whom a published event is for
     * @return whether it is meant for the viewer
     */
    public boolean meantFor(Audience audience) {
        return everything || audiences.contains(audience.kind())
                || (audience.kind() == AudienceKind.REGIONS && region.filter(audience.regions()::contains).isPresent())
                || (audience.kind() == AudienceKind.ORGANIZATIONS
                    && organization.filter(audience.organizations()::contains).isPresent());
    }

    /**
     * The same rule as {@link #admits(String, EventStatus, Audience)}, as a condition on the events of a query.
     *
     * @param cb    the criteria builder
     * @param query the query (for the subqueries on an event's audience lists)
     * @param event the events queried
     * @return the condition; empty if the viewer sees every event
     */
    public Optional<Predicate> predicate(CriteriaBuilder cb, AbstractQuery<?> query, Root<Event> event) {
        if (everything) {
            return Optional.empty();
        }
        Path<AudienceKind> kind = event.get("audienceKind");
        List<Predicate> meant = new ArrayList<>();
        if (!audiences.isEmpty()) {
            meant.add(kind.in(audiences));
        }
        region.ifPresent(r -> meant.add(cb.and(cb.equal(kind, AudienceKind.REGIONS),
                event.get("id").in(listing(cb, query, "audienceRegions", r)))));
        organization.ifPresent(o -> meant.add(cb.and(cb.equal(kind, AudienceKind.ORGANIZATIONS),
                event.get("id").in(listing(cb, query, "audienceOrganizations", o)))));
        Predicate published = cb.and(cb.notEqual(event.get("status"), EventStatus.DRAFT),
                meant.isEmpty() ? cb.disjunction() : cb.or(meant.toArray(Predicate[]::new)));
        return Optional.of(organises.map(own -> cb.or(cb.equal(event.get("organiserId"), own), published))
                .orElse(published));
    }

    /** The ids of the events whose audience list {@code attribute} holds {@code value}. */
    private static Subquery<Long> listing(CriteriaBuilder cb, AbstractQuery<?> query, String attribute,
                                          String value) {
        Subquery<Long> ids = query.subquery(Long.class);
        Root<Event> listed = ids.from(Event.class);
        return ids.select(listed.get("id")).where(cb.equal(listed.join(attribute), value));
    }
}
