package jp.innovationnet.portal.plugins.events.event;

import java.util.Optional;

/**
 * Where an event takes place: a place with an address, an online meeting, or both.
 *
 * @param name      the place's name in both languages; empty texts for online-only events
 * @param address   its address
 * @param region    its region (English name), for filtering
 * @param onlineUrl the online meeting's address (http or https)
 */
public record Venue(Texts name, Optional<String> address, Optional<String> region, Optional<String> onlineUrl) {
}
