package jp.innovationnet.portal.plugins.events.event;

import java.time.YearMonth;
import java.util.Optional;

/**
 * What a list of events is narrowed to.
 *
 * @param past     past events (newest first) instead of upcoming and running ones (soonest first)
 * @param kind     only this kind
 * @param region   only events whose venue is in this region (English name)
 * @param audience only events for this audience
 * @param month    only events starting in this month (in Japan)
 * @param offset   how many to skip (the earlier pages)
 * @param limit    at most this many
 */
public record EventFilter(boolean past, Optional<EventKind> kind, Optional<String> region,
                          Optional<AudienceKind> audience, Optional<YearMonth> month, int offset, int limit) {
}
