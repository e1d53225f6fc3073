package jp.innovationnet.portal.plugins.inquiries;

import java.util.Set;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugins.inquiries.calendar.BusinessCalendar;
import jp.innovationnet.portal.plugins.inquiries.canned.CannedReply;
import jp.innovationnet.portal.plugins.inquiries.rest.LevelsApi;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRule;

import org.osgi.service.component.annotations.Component;

/**
 * The inquiry desk as the portal sees it: its entities (tables from db/migration), its routes, its scheduled work and
 * its screens.
 */
@Component(service = PortalPlugin.class)
public class InquiriesPlugin implements PortalPlugin {

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(RoutingRule.class, CannedReply.class);
    }

    @Override
    public void start(PluginContext context) {
        LevelsApi.register(context, new BusinessCalendar());
    }
}
