package jp.innovationnet.portal.plugins.events.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.kit.SecretTokens;
import jp.innovationnet.portal.plugins.events.event.Event;
import jp.innovationnet.portal.plugins.events.registration.RegistrationStatus;

/** Personal calendar feeds and what they hold, in the request's transaction. */
public final class CalendarFeeds {

    /** How long past events stay in a feed. */
    public static final Duration PAST = Duration.ofDays(90);

    private final EntityManager em;

    /** @param em the request's entity manager */
    public CalendarFeeds(EntityManager em) {
        this.em = em;
    }

    /**
     * @param userId a user
     * @return their feed, if they have one
     */
    public Optional<CalendarFeed> of(String userId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, userId));
    }

    /**
     * Gives the user a feed with a new token; the old one, if any, stops working.
     *
     * @param userId   the user
     * @param language the language of their calendar
     * @param now      the time
     * @return the new token, which is not kept (only its hash is)
     */
    public String issue(String userId, Locale language, Instant now) {
        CalendarFeed feed = of(userId).orElseGet(() -> {
            CalendarFeed made = new CalendarFeed(userId);
            em.persist(made);
            return made;
        });
        String token = SecretTokens.generate();
        feed.issue(SecretTokens.hash(token), language, now);
        em.flush();
        return token;
    }

    /**
     * @param token a token from a feed's address
     * @return the feed it opens
     */
    public Optional<CalendarFeed> byToken(String token) {
        return em.createQuery("select f from CalendarFeed f where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
    }

    /**
     * @param feed a feed
     * @param now  the time
     * @return the events its user holds a seat or a waiting place for that end after {@link #PAST} ago, soonest
     *     first
     */
    public List<FeedEntry> entries(CalendarFeed feed, Instant now) {
        return em.createQuery("select e, r.status from Registration r, Event e where e.id = r.eventId"
                        + " and r.userId = :user and r.status in :active and e.endsAt >= :since"
                        + " order by e.startsAt, e.id", Object[].class)
                .setParameter("user", feed.userId())
                .setParameter("active", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))
                .setParameter("since", now.minus(PAST).atOffset(ZoneOffset.UTC))
                .getResultStream()
                .map(row -> new FeedEntry((Event) row[0], (RegistrationStatus) row[1]))
                .toList();
    }

    /** @param event an event @param registration the status of the user's registration for it */
    public record FeedEntry(Event event, RegistrationStatus registration) {
    }
}
