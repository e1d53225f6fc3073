package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.OptionalLong;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugins.inquiries.calendar.BusinessCalendar;

/** Registers the routes of business days, routing rules and canned replies on the plugin's context. */
public final class LevelsApi {

    /** The secretariat, who keeps the rules and canned replies. */
    static final Access SECRETARIAT = Access.anyRole("secretariat");
    /** The roles that work inquiries: they read rules' suggestions, canned replies and the calendar. */
    static final Access STAFF = Access.anyRole("secretariat", "member-admin", "member-staff", "coordinator",
            "steering-agency");

    private LevelsApi() {
    }

    /**
     * @param context  the plugin revision's context
     * @param calendar the business days
     */
    public static void register(PluginContext context, BusinessCalendar calendar) {
        new BusinessDayRoutes(calendar).register(context.routes());
        new RoutingRuleRoutes(context).register(context.routes());
        new CannedReplyRoutes(context).register(context.routes());
    }

    /**
     * @param id a path's id
     * @return it as a number, or empty when it is none (the caller answers 404)
     */
    static OptionalLong id(String id) {
        try {
            return OptionalLong.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
