package jp.innovationnet.portal.plugins.inquiries;

import java.time.Clock;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachment;
import jp.innovationnet.portal.plugins.inquiries.attachment.AttachmentContent;
import jp.innovationnet.portal.plugins.inquiries.canned.CannedReply;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntry;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqIndex;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.message.Message;
import jp.innovationnet.portal.plugins.inquiries.notice.LevelWarning;
import jp.innovationnet.portal.plugins.inquiries.notice.LevelWarnings;
import jp.innovationnet.portal.plugins.inquiries.notice.Notice;
import jp.innovationnet.portal.plugins.inquiries.notice.NoticeSender;
import jp.innovationnet.portal.plugins.inquiries.notice.Notices;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.rest.FaqRoutes;
import jp.innovationnet.portal.plugins.inquiries.rest.InquiriesApi;
import jp.innovationnet.portal.plugins.inquiries.rest.LevelsApi;
import jp.innovationnet.portal.plugins.inquiries.rest.ResolvedDraftRoutes;
import jp.innovationnet.portal.plugins.inquiries.rest.StatisticsRoutes;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRule;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.Targets;

import org.osgi.service.component.annotations.Component;

/**
 * The inquiry desk as the portal sees it: its entities (tables from db/migration), its routes, its scheduled work and
 * its screens (asking, following an inquiry through its private link, a member's own inquiries).
 */
@Component(service = PortalPlugin.class)
public class InquiriesPlugin implements PortalPlugin {

    /** The FAQ's index of this revision, released on stop. */
    private FaqIndex faqIndex;

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Inquiry.class, Message.class, Referral.class, Attachment.class, AttachmentContent.class,
                Notice.class, LevelWarning.class, RoutingRule.class, CannedReply.class, FaqEntry.class);
    }

    @Override
    public void start(PluginContext context) {
        BusinessDays calendar = context.businessDays();
        ServiceLevels levels = new ServiceLevels(calendar, Targets.DEFAULT);
        InquiriesApi.register(context, Clock.systemUTC(), levels);
        context.schedule("service-level-warnings", LevelWarnings.PERIOD, new LevelWarnings(levels, Clock.systemUTC(),
                new Notices(context), context.directory()::person));
        context.schedule("notices", NoticeSender.PERIOD, new NoticeSender(context.mail(), Clock.systemUTC()));
        LevelsApi.register(context);
        faqIndex = new FaqIndex();
        new FaqRoutes(context, faqIndex).register(context.routes());
        context.schedule("faq-index", FaqIndex.REFRESH, faqIndex::refresh);
        new ResolvedDraftRoutes().register(context.routes());
        new StatisticsRoutes(context, calendar, Clock.systemUTC()).register(context.routes());
        addAskerScreens(context);
        addDeskScreens(context);
        addSecretariatScreens(context);
    }

    /** The askers' screens: the form for everyone, their inquiries for members, the private link's page. */
    private static void addAskerScreens(PluginContext context) {
        context.addNavigationEntry(Screen.ASK.entry("ask.js", Set.of(NavigationEntry.ANYONE), 50));
        context.addNavigationEntry(Screen.MINE.entry("my-inquiries.js", Set.of(), 51));
        context.addNavigationEntry(Screen.TRACK.entry("track.js", Set.of(NavigationEntry.ANYONE), 52));
        context.addPageSection(Screen.HOME_MINE.panel("home-mine.js", Set.of(), 51));
    }

    /**
     * The desk's screens for the secretariat and the staff of the organizations inquiries are routed to — members and
     * steering agencies — (queue, case; rules and replies for the secretariat).
     */
    private static void addDeskScreens(PluginContext context) {
        Set<String> staff = Set.of("secretariat", "member-admin", "member-staff", "steering-agency");
        Set<String> secretariat = Set.of("secretariat");
        context.addNavigationEntry(Screen.DESK.entry("desk.js", staff, 330));
        context.addPageSection(Screen.HOME_DESK.panel("home-desk.js", staff, 50));
        context.addNavigationEntry(Screen.DESK_CASE.entry("desk-case.js", staff, 331));
        context.addNavigationEntry(Screen.DESK_RULES.entry("desk-rules.js", secretariat, 332));
        context.addNavigationEntry(Screen.DESK_REPLIES.entry("desk-replies.js", secretariat, 333));
    }

    /** The statistics for the secretariat and the steering agencies, and the secretariat's FAQ editor. */
    private static void addSecretariatScreens(PluginContext context) {
        context.addNavigationEntry(Screen.STATISTICS.entry("statistics.js", Set.of("secretariat", "steering-agency"),
                62));
        context.addNavigationEntry(Screen.FAQ_EDITOR.entry("faq-editor.js", Set.of("secretariat"), 64));
    }

    @Override
    public void stop() {
        if (faqIndex != null) {
            faqIndex.close();
            faqIndex = null;
        }
    }
}
