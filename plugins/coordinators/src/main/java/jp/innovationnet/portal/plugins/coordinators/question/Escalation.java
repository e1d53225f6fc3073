package jp.innovationnet.portal.plugins.coordinators.question;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/**
 * Sends a question that has no answer after some Japanese business days (the portal's one calendar,
 * {@code context.businessDays()}) to the secretariat, once: the mark {@code escalated_at} is set by an update that
 * finds it empty, so of two servers running the task at once only one tells the secretariat.
 */
public final class Escalation implements ScheduledTask {

    /** The task's name (and its period's setting, {@code schedule.escalate-questions.period-seconds}). */
    public static final String TASK = "escalate-questions";

    /** The setting of how many business days a question waits for an answer. */
    public static final String SETTING = "questions.escalate-after-business-days";

    /** How many business days a question waits when the setting is not given. */
    public static final int DEFAULT_DAYS = 3;

    private final PluginContext context;
    private final Questions questions;
    private final Clock clock;

    /**
     * @param context   the plugin's context (its calendar, settings and notifications)
     * @param questions the questions
     * @param clock     the time
     */
    public Escalation(PluginContext context, Questions questions, Clock clock) {
        this.context = context;
        this.questions = questions;
        this.clock = clock;
    }

    @Override
    public void run(EntityManager entityManager) {
        int days = Math.max(1, context.config().intValue(SETTING, DEFAULT_DAYS));
        BusinessDays calendar = context.businessDays();
        Instant now = clock.instant();
        // n business days are at least n calendar days: older questions are the only candidates
        for (Question question : questions.unansweredBefore(entityManager, now.minus(days, ChronoUnit.DAYS))) {
            Instant due = calendar.plusBusinessDays(question.createdAt().atZone(BusinessDays.ZONE), days)
                    .toInstant();
            if (!now.isBefore(due) && questions.markEscalated(entityManager, question.id(), now)) {
                tellSecretariat(question, days);
            }
        }
    }

    private void tellSecretariat(Question question, int days) {
        String title = question.content().title();
        context.notifications().send(Notifications.Recipient.role("secretariat"), QuestionWording.message(
                QuestionWording.ESCALATED_SUBJECT, QuestionWording.ESCALATED_BODY, title, days,
                "/p/coordinators/questions?id=" + question.id()));
        context.audit().record("question.escalated", "question", String.valueOf(question.id()), Map.of());
    }
}
