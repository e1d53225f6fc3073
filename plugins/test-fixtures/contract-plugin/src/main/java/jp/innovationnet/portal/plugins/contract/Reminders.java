package jp.innovationnet.portal.plugins.contract;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;

/**
 * Sends the reminders of notes that are due: every {@link ContractPlugin#REMINDER_PERIOD} from a scheduled task, or
 * at once on request. Each reminder is sent with {@link jp.innovationnet.portal.plugin.api.service.Mail#sendOnce},
 * keyed by the note, so that it goes out once even if it is asked for again or a run is interrupted.
 */
final class Reminders {

    private final PluginContext context;
    private final NoteMails mails;

    Reminders(PluginContext context, NoteMails mails) {
        this.context = context;
        this.mails = mails;
    }

    /** @param em the task's entity manager */
    void sendDue(EntityManager em) {
        List<Note> due = em.createQuery("select n from Note n where n.remindedAt is null and n.remindAt <= :now"
                        + " and n.archived = false order by n.id", Note.class)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC)).setMaxResults(100).getResultList();
        due.forEach(this::send);
    }

    /**
     * @param note a note with a reminder
     * @return whether the reminder was sent now (false: it went out before)
     */
    boolean send(Note note) {
        boolean sent = context.mail().sendOnce("reminder:" + note.id(), mails.reminder(note));
        note.reminded();
        return sent;
    }
}
