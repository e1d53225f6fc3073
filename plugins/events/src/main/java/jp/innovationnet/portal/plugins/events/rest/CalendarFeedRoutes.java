package jp.innovationnet.portal.plugins.events.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugin.api.kit.CalendarFiles;
import jp.innovationnet.portal.plugins.events.calendar.CalendarFeed;
import jp.innovationnet.portal.plugins.events.calendar.CalendarFeeds;
import jp.innovationnet.portal.plugins.events.calendar.EventCalendar;

/**
 * Routes of personal calendar feeds. A user's feed address holds a secret token; the portal keeps only its SHA-256,
 * so the address is shown once: when the feed is first asked for, and when it is renewed (which retires the old
 * address). Calendar programs fetch the feed without logging in, the token being the key.
 */
final class CalendarFeedRoutes {

    private static final String SUFFIX = ".ics";

    private final PluginContext context;

    /** @param context the plugin's context */
    CalendarFeedRoutes(PluginContext context) {
        this.context = context;
    }

    /** @param routes where to register them */
    void register(Routes routes) {
        routes.get("/calendar-feed", Access.AUTHENTICATED,
                "The caller's calendar feed: its address when first made (null afterwards: renew for a new one)",
                this::show);
        routes.post("/calendar-feed/renew", Access.AUTHENTICATED,
                "A new address for the caller's calendar feed; the old one stops working", this::renew);
        routes.get("/feeds/{file}", Access.PUBLIC,
                "A personal calendar feed, /feeds/{token}.ics: the events its owner registered for", this::feed);
    }

    private RouteResponse show(RouteRequest request) {
        Caller caller = request.caller();
        CalendarFeeds feeds = new CalendarFeeds(request.entityManager());
        return feeds.of(caller.userId())
                .map(feed -> RouteResponse.ok(new CalendarFeedView(null, feed.issuedAt().toString())))
                .orElseGet(() -> issued(request, feeds, caller));
    }

    private RouteResponse renew(RouteRequest request) {
        return issued(request, new CalendarFeeds(request.entityManager()), request.caller());
    }

    private RouteResponse issued(RouteRequest request, CalendarFeeds feeds, Caller caller) {
        Instant now = Instant.now();
        String token = feeds.issue(caller.userId(), caller.locale(), now);
        context.audit().record("event.calendar-feed.issued", "user", caller.userId(), Map.of());
        return RouteResponse.ok(new CalendarFeedView(
                context.portalUrl("/api/plugins/" + context.pluginId() + "/feeds/" + token + SUFFIX).toString(),
                now.toString()));
    }

    private RouteResponse feed(RouteRequest request) {
        String file = request.pathParam("file");
        CalendarFeeds feeds = new CalendarFeeds(request.entityManager());
        CalendarFeed feed = (file.endsWith(SUFFIX)
                ? feeds.byToken(file.substring(0, file.length() - SUFFIX.length()))
                : Optional.<CalendarFeed>empty())
                .orElseThrow(() -> ProblemException.notFound("calendar feed"));
        Locale language = feed.language();
        String ics = new EventCalendar(context.calendarFiles(), context::portalUrl)
                .feed(Message.CALENDAR_FEED_NAME.in(language), feeds.entries(feed, Instant.now()), language);
        return RouteResponse.content(CalendarFiles.MEDIA_TYPE, ics.getBytes(StandardCharsets.UTF_8))
                .withHeader("Cache-Control", "private, no-cache");
    }
}
