package jp.innovationnet.portal.plugins.liaison.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.service.Mail;
import jp.innovationnet.portal.plugin.api.service.Notifications;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;

/**
 * The published opportunities' upkeep: a renewal reminder to the author some days before the expiry (once for each
 * expiry: {@link Mail#sendOnce} keyed by opportunity and expiry, so a renewal earns a reminder again), and the expiry
 * of those whose last day has passed, told to the intermediary once (the update that expires it finds it still
 * published on one server only).
 */
public final class Upkeep implements ScheduledTask {

    /** The task's name (and its period's setting, {@code schedule.opportunity-upkeep.period-seconds}). */
    public static final String TASK = "opportunity-upkeep";
    /** The setting of how many days before the expiry the reminder goes, 14 unless set. */
    public static final String REMINDER_DAYS = "reminder-days";

    private final PluginContext context;
    private final Opportunities opportunities;
    private final Clock clock;

    /**
     * @param context       the plugin's context (mail, notifications, audit, directory)
     * @param opportunities the opportunities
     * @param clock         the time
     */
    public Upkeep(PluginContext context, Opportunities opportunities, Clock clock) {
        this.context = context;
        this.opportunities = opportunities;
        this.clock = clock;
    }

    @Override
    public void run(EntityManager em) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessDays.ZONE);
        int days = context.config().intValue(REMINDER_DAYS, 14);
        for (Opportunity opportunity : opportunities.expiringBy(em, today.plusDays(days))) {
            remind(opportunity);
        }
        for (long id : opportunities.expire(em, today)) {
            Opportunity expired = opportunities.find(em, id).orElseThrow();
            OpportunityContent content = expired.content();
            context.notifications().send(Notifications.Recipient.organization(expired.organizationId()),
                    LiaisonWording.message(LiaisonWording.EXPIRED_SUBJECT, LiaisonWording.EXPIRED_BODY,
                            link(id), summaryOf(content), content.expires()));
            context.audit().record("opportunity.expired", "opportunity", String.valueOf(id), Map.of());
        }
    }

    private void remind(Opportunity opportunity) {
        OpportunityContent content = opportunity.content();
        context.directory().person(opportunity.authorId()).filter(p -> !p.email().isBlank()).ifPresent(author -> {
            String summary = content.summary().in(author.language());
            context.mail().sendOnce("renewal:" + opportunity.id() + ":" + content.expires(),
                    new Mail.Email(author.email(), author.language(),
                            LiaisonWording.REMINDER_SUBJECT.in(author.language(), summary),
                            LiaisonWording.REMINDER_BODY.in(author.language(), summary, content.expires(),
                                    context.portalUrl(link(opportunity.id()))), null));
        });
    }

    /** @param id an opportunity's id @return the portal's path to it */
    public static String link(long id) {
        return "/p/liaison/opportunities?id=" + id;
    }

    /** @param content an opportunity's content @return its summary in its own language */
    public static String summaryOf(OpportunityContent content) {
        return content.summary().in(content.language().locale());
    }
}
