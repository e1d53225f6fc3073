package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Clock;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;

/** Registers all of the desk's routes on its context. */
public final class InquiriesApi {

    private InquiriesApi() {
    }

    /**
     * @param context the plugin revision's context
     * @param clock   the time
     * @param levels  the service levels, which set each new inquiry's due dates
     */
    public static void register(PluginContext context, Clock clock, ServiceLevels levels) {
        Desk desk = new Desk(context, clock, levels);
        new SubmissionRoutes(desk).register(context.routes());
        new CaseRoutes(desk).register(context.routes());
        new TrackRoutes(desk).register(context.routes());
        new ReferralRoutes(desk).register(context.routes());
    }
}
