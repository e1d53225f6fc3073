package jp.innovationnet.portal.plugins.events.rest;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugins.events.programme.ProgrammeRenderer;

/** Registers all of the plugin's routes on its context. */
public final class EventsApi {

    private EventsApi() {
    }

    /** @param context the plugin revision's context */
    public static void register(PluginContext context) {
        ProgrammeRenderer programmes = new ProgrammeRenderer();
        new EventRoutes(context, new EventViews(programmes)).register(context.routes());
        new ProgrammePreviewRoutes(programmes).register(context.routes());
        new RegistrationRoutes(context).register(context.routes());
    }
}
