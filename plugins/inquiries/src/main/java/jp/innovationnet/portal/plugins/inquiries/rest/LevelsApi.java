package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.Optional;
import java.util.function.LongFunction;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.ProblemException;

/**
 * Registers the routes of routing rules and canned replies on the plugin's context; finds what a path's
 * id names for every route.
 */
public final class LevelsApi {

    /** The secretariat, who keeps the rules and canned replies. */
    static final Access SECRETARIAT = Access.anyRole("secretariat");
    /** The roles that work inquiries: they read rules' suggestions and canned replies. */
    static final Access STAFF = Access.anyRole("secretariat", "member-admin", "member-staff", "coordinator",
            "steering-agency");

    private LevelsApi() {
    }

    /** @param context the plugin revision's context */
    public static void register(PluginContext context) {
        new RoutingRuleRoutes(context).register(context.routes());
        new CannedReplyRoutes(context).register(context.routes());
    }

    /**
     * @param id   a path's id
     * @param find looks up what has that id
     * @param what what it is, for the 404
     * @param <T>  its type
     * @return what the id names
     * @throws ProblemException 404 when the id is not a number or names nothing
     */
    static <T> T found(String id, LongFunction<Optional<T>> find, String what) {
        try {
            return find.apply(Long.parseLong(id)).orElseThrow(() -> ProblemException.notFound(what));
        } catch (NumberFormatException e) {
            throw ProblemException.notFound(what);
        }
    }
}
