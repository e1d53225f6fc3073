package jp.innovationnet.portal.plugins.events.registration;

import java.util.Optional;

/**
 * How full an event is.
 *
 * @param capacity  its capacity; empty for no limit
 * @param confirmed how many are confirmed
 * @param waiting   how many wait for a seat
 */
public record Occupancy(Optional<Integer> capacity, int confirmed, long waiting) {
}
