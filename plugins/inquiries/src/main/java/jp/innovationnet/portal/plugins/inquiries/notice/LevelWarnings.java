package jp.innovationnet.portal.plugins.inquiries.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.ScheduledTask;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.referral.Referral;
import jp.innovationnet.portal.plugins.inquiries.referral.Referrals;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.LevelState;
import jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels;

/**
 * Warns before a breach: when a pending target of an inquiry becomes due soon, and again when it becomes overdue, the
 * people assigned on the referrals still holding it get a {@link Notice} in their language, or the secretariat's inbox
 * a notification when nobody is assigned. A {@link LevelWarning} row, written in the same transaction, makes each
 * warning once per inquiry, target and state however often the task runs.
 */
public final class LevelWarnings implements ScheduledTask {

    /** How often the due times are looked at. */
    public static final Duration PERIOD = Duration.ofMinutes(10);

    /** The two targets of a case; the code is stored with each warning given. */
    public enum Target implements Coded {
        /** The first reply to the asker. */
        FIRST_RESPONSE,
        /** The answer (or closing). */
        RESOLUTION
    }

    /**
     * A warning to give.
     *
     * @param inquiry the inquiry
     * @param target  the target at risk
     * @param state   due soon or overdue
     * @param due     when the target falls due
     */
    public record Warning(Inquiry inquiry, Target target, LevelState state, Instant due) {
    }

    private final ServiceLevels levels;
    private final Clock clock;
    private final Notices notices;
    private final Function<String, Optional<Person>> people;

    /**
     * @param levels  the service levels
     * @param clock   the time
     * @param notices what writes the notices
     * @param people  a person by user id, from the member directory
     */
    public LevelWarnings(ServiceLevels levels, Clock clock, Notices notices,
                         Function<String, Optional<Person>> people) {
        this.levels = levels;
        this.clock = clock;
        this.notices = notices;
        this.people = people;
    }

    @Override
    public void run(EntityManager em) {
        Instant now = clock.instant();
        Referrals referrals = new Referrals(em);
        for (Warning warning : due(em, now)) {
            em.persist(new LevelWarning(warning.inquiry().id(), warning.target(), warning.state(), now));
            List<Person> assignees = referrals.of(warning.inquiry().id()).stream()
                    .filter(r -> r.status().active())
                    .map(Referral::assigneeUserId).flatMap(Optional::stream).distinct()
                    .map(people).flatMap(Optional::stream).toList();
            if (assignees.isEmpty()) {
                notices.levelWarningToSecretariat(warning);
            }
            assignees.forEach(person -> notices.levelWarning(em, warning, person, now));
        }
    }

    /**
     * @param em  an entity manager
     * @param now the time to judge at
     * @return the warnings not given yet: targets still pending that are due soon or overdue at {@code now}
     */
    public List<Warning> due(EntityManager em, Instant now) {
        // i.nextDue <= :soon follows from the rest; it lets the database read a range of its index, not every case
        List<Inquiry> candidates = em.createQuery("SELECT i FROM Inquiry i WHERE i.nextDue <= :soon"
                + " AND i.resolvedAt IS NULL AND ("
                + "(i.firstResponseAt IS NULL AND i.firstResponseDue <= :soon"
                + " AND NOT " + overdueWarned(Target.FIRST_RESPONSE) + ")"
                + " OR (i.resolutionDue <= :soon AND NOT " + overdueWarned(Target.RESOLUTION) + ")) ORDER BY i.id",
                        Inquiry.class)
                .setParameter("soon", levels.dueSoonUntil(now).atOffset(ZoneOffset.UTC)).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<String> given = em.createQuery("SELECT w FROM LevelWarning w WHERE w.inquiryId IN :ids",
                        LevelWarning.class)
                .setParameter("ids", candidates.stream().map(Inquiry::id).toList()).getResultStream()
                .map(LevelWarning::key).collect(Collectors.toSet());
        List<Warning> warnings = new ArrayList<>();
        for (Inquiry inquiry : candidates) {
            if (inquiry.firstResponseAt().isEmpty()) {
                inquiry.firstResponseDue().ifPresent(due -> add(warnings, given, inquiry, Target.FIRST_RESPONSE,
                        due, now));
            }
            inquiry.resolutionDue().ifPresent(due -> add(warnings, given, inquiry, Target.RESOLUTION, due, now));
        }
        return warnings;
    }

    /** @return the condition that a target's overdue warning was given: nothing more to say about it */
    private static String overdueWarned(Target target) {
        return "EXISTS (SELECT w.id FROM LevelWarning w WHERE w.inquiryId = i.id AND w.target = '" + target.code()
                + "' AND w.state = '" + LevelState.OVERDUE.code() + "')";
    }

    private void add(List<Warning> warnings, Set<String> given, Inquiry inquiry, Target target, Instant due,
                     Instant now) {
        LevelState state = levels.state(due, null, now);
        if ((state == LevelState.DUE_SOON || state == LevelState.OVERDUE)
                && !given.contains(LevelWarning.key(inquiry.id(), target.code(), state.code()))) {
            warnings.add(new Warning(inquiry, target, state, due));
        }
    }
}
