package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Clock;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Cases;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/** Registers every route of the plugin under {@code /api/plugins/coordinators}. */
public final class CoordinatorsApi {

    private CoordinatorsApi() {
    }

    /**
     * @param context  the plugin's context
     * @param analysis how texts become search terms (this revision's, closed when it stops)
     * @param clock    the time
     */
    public static void register(PluginContext context, Terms analysis, Clock clock) {
        Profiles profiles = new Profiles(analysis);
        new ProfileRoutes(context, profiles, clock).register(context.routes());
        new ExpertRoutes(context, profiles, analysis).register(context.routes());
        new CaseRoutes(context, new Cases(analysis), analysis, clock).register(context.routes());
        ReferenceRoutes.register(context.routes());
    }
}
