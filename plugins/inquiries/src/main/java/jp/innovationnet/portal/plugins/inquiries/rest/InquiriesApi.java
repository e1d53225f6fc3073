package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Clock;

import jp.innovationnet.portal.plugin.api.PluginContext;

/** Registers all of the desk's routes on its context. */
public final class InquiriesApi {

    private InquiriesApi() {
    }

    /** @param context the plugin revision's context @param clock the time */
    public static void register(PluginContext context, Clock clock) {
        Desk desk = new Desk(context, clock);
        new SubmissionRoutes(desk).register(context.routes());
        new CaseRoutes(desk).register(context.routes());
        new TrackRoutes(desk).register(context.routes());
        new ReferralRoutes(desk).register(context.routes());
    }
}
