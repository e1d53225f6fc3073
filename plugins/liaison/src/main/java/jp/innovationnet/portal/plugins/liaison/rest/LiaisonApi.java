package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.Clock;
import java.time.Duration;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugins.liaison.Refusal;
import jp.innovationnet.portal.plugins.liaison.follow.Alerts;
import jp.innovationnet.portal.plugins.liaison.follow.Follows;
import jp.innovationnet.portal.plugins.liaison.interest.Interests;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.Upkeep;

/**
 * Registers every route of the plugin under {@code /api/plugins/liaison}, each answering the desk's refusals
 * ({@link Refusal}) as problems in the caller's language, and the two tasks: the opportunities' upkeep (renewal
 * reminders, expiry) and the follows' alerts, both hourly.
 */
public final class LiaisonApi {

    private LiaisonApi() {
    }

    /** @param context the plugin's context @param clock the time */
    public static void register(PluginContext context, Clock clock) {
        Refusing routes = new Refusing(context.routes());
        Opportunities opportunities = new Opportunities();
        Follows follows = new Follows();
        OpportunityRoutes reading = new OpportunityRoutes(context, opportunities, follows, clock);
        reading.register(routes);
        new ReviewRoutes(context, opportunities, reading, clock).register(routes);
        new InterestRoutes(context, opportunities, new Interests(), clock).register(routes);
        new FollowRoutes(follows, opportunities, clock).register(routes);
        new FigureRoutes(context, clock).register(routes);
        context.schedule(Upkeep.TASK, Duration.ofHours(1), new Upkeep(context, opportunities, clock));
        context.schedule(Alerts.TASK, Duration.ofHours(1), new Alerts(context, follows, opportunities, clock));
    }

}
