package jp.innovationnet.portal.plugins.inquiries;

import java.time.Clock;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachment;
import jp.innovationnet.portal.plugins.inquiries.attachment.AttachmentContent;
import jp.innovationnet.portal.plugins.inquiries.calendar.BusinessCalendar;
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
import jp.innovationnet.portal.plugins.inquiries.rest.FaqDraftRoutes;
import jp.innovationnet.portal.plugins.inquiries.rest.FaqRoutes;
import jp.innovationnet.portal.plugins.inquiries.rest.InquiriesApi;
import jp.innovationnet.portal.plugins.inquiries.rest.LevelsApi;
import jp.innovationnet.portal.plugins.inquiries.rest.StatisticsRoutes;
import jp.innovationnet.portal.plugins.inquiries.routingrule.RoutingRule;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.Targets;

import org.osgi.service.component.annotations.Component;

/**
 * The inquiry desk as the portal sees it: its entities (tables from db/migration), its routes, its scheduled work and
 * its screens.
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
        BusinessCalendar calendar = new BusinessCalendar();
        ServiceLevels levels = new ServiceLevels(calendar, Targets.DEFAULT);
        InquiriesApi.register(context, Clock.systemUTC(), levels);
        context.schedule("service-level-warnings", LevelWarnings.PERIOD, new LevelWarnings(levels, Clock.systemUTC(),
                new Notices(context), context.directory()::person));
        context.schedule("notices", NoticeSender.PERIOD, new NoticeSender(context.mail(), Clock.systemUTC()));
        LevelsApi.register(context, calendar);
        faqIndex = new FaqIndex();
        new FaqRoutes(context, faqIndex).register(context.routes());
        context.schedule("faq-index", FaqIndex.REFRESH, faqIndex::refresh);
        new FaqDraftRoutes().register(context.routes());
        new StatisticsRoutes(context, calendar, Clock.systemUTC()).register(context.routes());
        context.addNavigationEntry(new NavigationEntry("statistics", "お問い合わせ統計", "Inquiry statistics",
                "statistics.js", Set.of("secretariat", "steering-agency"), 62));
        context.addNavigationEntry(new NavigationEntry("faq-editor", "FAQ の編集", "FAQ editor", "faq-editor.js",
                Set.of("secretariat"), 64));
    }

    @Override
    public void stop() {
        if (faqIndex != null) {
            faqIndex.close();
            faqIndex = null;
        }
    }
}
