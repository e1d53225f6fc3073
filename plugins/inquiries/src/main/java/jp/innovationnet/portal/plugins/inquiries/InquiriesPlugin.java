package jp.innovationnet.portal.plugins.inquiries;

import java.util.Set;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqEntry;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqIndex;
import jp.innovationnet.portal.plugins.inquiries.rest.FaqRoutes;

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
        return Set.of(FaqEntry.class);
    }

    @Override
    public void start(PluginContext context) {
        faqIndex = new FaqIndex();
        new FaqRoutes(context, faqIndex).register(context.routes());
        context.schedule("faq-index", FaqIndex.REFRESH, faqIndex::refresh);
    }

    @Override
    public void stop() {
        if (faqIndex != null) {
            faqIndex.close();
            faqIndex = null;
        }
    }
}
