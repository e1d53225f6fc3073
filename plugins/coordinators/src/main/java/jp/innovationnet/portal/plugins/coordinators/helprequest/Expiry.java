package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.kit.BusinessDays;
import jp.innovationnet.portal.plugin.api.service.Notifications;

/**
 * Expires the open requests (no offer accepted) whose deadline, a date in Japan, has passed, and tells each
 * requester once: each request is expired by an update that finds it still open, so of two servers running the task
 * at once only one expires it and tells its requester.
 */
public final class Expiry implements ScheduledTask {

    /** The task's name (and its period's setting, {@code schedule.expire-help-requests.period-seconds}). */
    public static final String TASK = "expire-help-requests";

    private final PluginContext context;
    private final HelpRequests requests;
    private final Clock clock;

    /**
     * @param context  the plugin's context (notifications, audit)
     * @param requests the help requests
     * @param clock    the time
     */
    public Expiry(PluginContext context, HelpRequests requests, Clock clock) {
        this.context = context;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void run(EntityManager entityManager) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BusinessDays.ZONE);
        for (long id : requests.expire(entityManager, today, now)) {
            HelpRequest request = requests.find(entityManager, id).orElseThrow();
            context.notifications().send(Notifications.Recipient.user(request.requesterId()),
                    HelpWording.message(HelpWording.EXPIRED_SUBJECT, HelpWording.EXPIRED_BODY,
                            request.content().title(), request.content().deadline(), id));
            context.audit().record("help-request.expired", "help-request", String.valueOf(id), Map.of());
        }
    }
}
