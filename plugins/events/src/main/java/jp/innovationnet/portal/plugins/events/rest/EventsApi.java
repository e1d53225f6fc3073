package jp.innovationnet.portal.plugins.events.rest;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.kit.SafeMarkdown;

/** Registers all of the plugin's routes on its context. */
public final class EventsApi {

    private EventsApi() {
    }

    /** @param context the plugin revision's context */
    public static void register(PluginContext context) {
        SafeMarkdown programmes = context.markdown();
        EventViews views = new EventViews(programmes);
        new EventRoutes(context, views).register(context.routes());
        new ProgrammePreviewRoutes(programmes).register(context.routes());
        new RegistrationRoutes(context).register(context.routes());
        new PublicRegistrationRoutes(context, views).register(context.routes());
        new CheckInRoutes(context).register(context.routes());
        new AttendeeListRoutes(context).register(context.routes());
        new FollowUpRoutes(context).register(context.routes());
        new CalendarFeedRoutes(context).register(context.routes());
        new ReportRoutes(context).register(context.routes());
        new StatisticsRoutes(context.csv()).register(context.routes());
        new MessageRoutes(context).register(context.routes());
    }
}
