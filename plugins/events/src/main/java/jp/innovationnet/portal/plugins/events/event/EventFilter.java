package jp.innovationnet.portal.plugins.events.event;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * What a list of events is narrowed to.
 *
 * @param past      past events (newest first) instead of upcoming and running ones (soonest first)
 * @param kind      only this kind
 * @param region    only events whose venue is in this region (English name)
 * @param audience  only events for this audience
 * @param month     only events starting in this month (in Japan)
 * @param organiser only events this organization runs (its alias)
 * @param among     only events with these ids (e.g. those someone registered for)
 * @param offset    how many to skip (the earlier pages)
 * @param limit     at most this many
 */
public record EventFilter(boolean past, Optional<EventKind> kind, Optional<String> region,
                          Optional<AudienceKind> audience, Optional<YearMonth> month, Optional<String> organiser,
                          Optional<Set<Long>> among, int offset, int limit) {

    public EventFilter {
        among = among.map(Set::copyOf);
    }

    /** @param ids event ids @return this filter, narrowed to those events */
    public EventFilter among(Set<Long> ids) {
        return new EventFilter(past, kind, region, audience, month, organiser, Optional.of(ids), offset, limit);
    }
}
