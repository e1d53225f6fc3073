package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Clock;
import java.time.Duration;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugins.coordinators.helprequest.Expiry;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequests;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.question.Escalation;
import jp.innovationnet.portal.plugins.coordinators.question.Questions;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Cases;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Registers every route of the plugin under {@code /api/plugins/coordinators}, the escalation of unanswered
 * questions and the expiry of help requests past their deadline (both hourly).
 */
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
        Cases cases = new Cases(analysis);
        Questions questions = new Questions(analysis);
        new ProfileRoutes(context, profiles, clock).register(context.routes());
        new ExpertRoutes(context, profiles, analysis).register(context.routes());
        new CaseRoutes(context, cases, analysis, clock).register(context.routes());
        QuestionRoutes reading = new QuestionRoutes(context, questions, profiles, analysis, clock);
        reading.register(context.routes());
        AnswerRoutes answers = new AnswerRoutes(context, questions, reading, clock);
        answers.register(context.routes());
        new AnswerCaseRoutes(context, questions, cases, profiles, answers, clock).register(context.routes());
        context.schedule(Escalation.TASK, Duration.ofHours(1), new Escalation(context, questions, clock));
        HelpRequests helpRequests = new HelpRequests(analysis);
        HelpRequestRoutes help = new HelpRequestRoutes(context, helpRequests, profiles, analysis, clock);
        help.register(context.routes());
        new OfferRoutes(context, helpRequests, help, clock).register(context.routes());
        new ThreadRoutes(helpRequests, help, clock).register(context.routes());
        new ClosingRoutes(context, helpRequests, help, clock).register(context.routes());
        new FigureRoutes(context, help).register(context.routes());
        context.schedule(Expiry.TASK, Duration.ofHours(1), new Expiry(context, helpRequests, clock));
        new CapacityRoutes(context, clock).register(context.routes());
        ReferenceRoutes.register(context.routes());
    }
}
