package jp.innovationnet.portal.plugins.liaison;

import java.time.Clock;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.plugins.liaison.follow.Follow;
import jp.innovationnet.portal.plugins.liaison.interest.Interest;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunity;
import jp.innovationnet.portal.plugins.liaison.reader.Reader;
import jp.innovationnet.portal.plugins.liaison.rest.LiaisonApi;

/**
 * International liaison (国際交流の窓口): partnership opportunities published anonymously through an intermediary
 * after the secretariat's quality review, expressions of interest tracked to a partnership agreement, follows with
 * alerts, and figures; screens for each, an organization's opportunities on its profile page and new opportunities
 * matching one's follows on the home page.
 */
@Component(service = PortalPlugin.class)
public class LiaisonPlugin implements PortalPlugin {

    private final Clock clock;

    /** The plugin on the system's clock. */
    public LiaisonPlugin() {
        this(Clock.systemUTC());
    }

    /** @param clock the time, e.g. a fixed one in tests */
    LiaisonPlugin(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Opportunity.class, Interest.class, Follow.class);
    }

    @Override
    public void start(PluginContext context) {
        LiaisonApi.register(context, clock);
        Set<String> anyone = Set.of(NavigationEntry.ANYONE);
        Set<String> participants = Reader.PARTICIPANT_ROLES;
        Set<String> signedIn = Set.of("secretariat", "steering-agency", "member-admin", "member-staff", "coordinator",
                Reader.OVERSEAS_PARTNER);
        context.addNavigationEntry(new NavigationEntry("opportunities", "国際連携の案件", "Partnership opportunities",
                "opportunities.js", anyone, 500));
        context.addNavigationEntry(new NavigationEntry("write", "案件を書く", "Write an opportunity", "write.js",
                participants, 501));
        context.addNavigationEntry(new NavigationEntry("pipeline", "関心表明と紹介", "Interests and introductions",
                "pipeline.js", participants, 502));
        context.addNavigationEntry(new NavigationEntry("follows", "フォロー", "Follows", "follows.js", signedIn,
                503));
        context.addNavigationEntry(new NavigationEntry("review", "案件の審査", "Review opportunities", "review.js",
                Set.of("secretariat"), 504));
        context.addNavigationEntry(new NavigationEntry("figures", "国際連携の指標", "Liaison figures", "figures.js",
                Set.of("secretariat", "steering-agency"), 505));
        context.addPageSection(new PageSection("opportunities", PageSection.ORGANIZATION_PROFILE, "国際連携の案件",
                "Partnership opportunities", "profile-opportunities.js", anyone, 500));
        context.addPageSection(new PageSection("matching", PageSection.HOME, "フォロー中の新しい案件",
                "New opportunities you follow", "home-opportunities.js", participants, 500));
    }
}
