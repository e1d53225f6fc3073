package jp.innovationnet.portal.plugins.coordinators;

import java.time.Clock;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.capacity.Certificate;
import jp.innovationnet.portal.plugins.coordinators.capacity.Mentoring;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.helprequest.Offer;
import jp.innovationnet.portal.plugins.coordinators.helprequest.ThreadMessage;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.question.Answer;
import jp.innovationnet.portal.plugins.coordinators.question.Question;
import jp.innovationnet.portal.plugins.coordinators.rest.CoordinatorsApi;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SupportCase;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Coordinator-talent exchange (コーディネート人材連携): coordinators' profiles, the expert finder, the case
 * knowledge base, questions and answers, help requests and dispatch (派遣) and the figures of it all, with their
 * screens, an organization's coordinators on its profile page and the open questions and help requests matching a
 * coordinator on their home page.
 */
@Component(service = PortalPlugin.class)
public class CoordinatorsPlugin implements PortalPlugin {

    private final Clock clock;

    /** This revision's text analysis, released on stop. */
    private Terms analysis;

    /** The plugin on the system's clock. */
    public CoordinatorsPlugin() {
        this(Clock.systemUTC());
    }

    /** @param clock the time, e.g. a fixed one in tests */
    CoordinatorsPlugin(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<Class<?>> entityClasses() {
        return Set.of(Profile.class, SupportCase.class, Question.class, Answer.class, HelpRequest.class, Offer.class,
                ThreadMessage.class, Certificate.class, Mentoring.class);
    }

    @Override
    public void start(PluginContext context) {
        analysis = new Terms();
        CoordinatorsApi.register(context, analysis, clock);
        Set<String> anyone = Set.of(NavigationEntry.ANYONE);
        context.addNavigationEntry(new NavigationEntry("experts", "専門家を探す", "Find an expert", "experts.js",
                anyone, 400));
        context.addNavigationEntry(new NavigationEntry("cases", "支援事例", "Support cases", "cases.js", anyone, 401));
        context.addNavigationEntry(new NavigationEntry("my-profile", "自分のプロフィール", "My profile",
                "my-profile.js", Set.of(Viewer.COORDINATOR), 402));
        context.addNavigationEntry(new NavigationEntry("profile-editor", "コーディネーターのプロフィール",
                "Coordinators' profiles", "my-profile.js", Set.of("secretariat"), 403));
        context.addNavigationEntry(new NavigationEntry("questions", "質問と回答", "Questions and answers",
                "questions.js", Set.of(Viewer.COORDINATOR, "secretariat", "steering-agency", "member-admin",
                "member-staff"), 404));
        context.addNavigationEntry(new NavigationEntry("help-requests", "協力依頼と派遣", "Help requests and dispatch",
                "help-requests.js", Set.of(Viewer.COORDINATOR, "secretariat", "steering-agency"), 405));
        context.addNavigationEntry(new NavigationEntry("figures", "コーディネーター活動の指標", "Coordinators' figures",
                "figures.js", Set.of("secretariat", "steering-agency"), 406));
        context.addNavigationEntry(new NavigationEntry("capacity", "研修と育成", "Training and mentoring",
                "capacity.js", Set.of(Viewer.COORDINATOR, "secretariat", "steering-agency"), 407));
        context.addPageSection(new PageSection("help-requests", PageSection.HOME, "あなたに合う協力依頼",
                "Help requests for you", "home-help-requests.js", Set.of(Viewer.COORDINATOR), 401));
        context.addPageSection(new PageSection("questions", PageSection.HOME, "あなたに合う質問",
                "Questions for you", "home-questions.js", Set.of(Viewer.COORDINATOR), 400));
        context.addPageSection(new PageSection("coordinators", PageSection.ORGANIZATION_PROFILE, "コーディネーター",
                "Coordinators", "profile-coordinators.js", anyone, 400));
    }

    @Override
    public void stop() {
        if (analysis != null) {
            analysis.close();
            analysis = null;
        }
    }
}
