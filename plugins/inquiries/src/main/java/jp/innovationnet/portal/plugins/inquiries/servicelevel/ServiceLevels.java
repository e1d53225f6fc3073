package jp.innovationnet.portal.plugins.inquiries.servicelevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

import jp.innovationnet.portal.plugin.api.kit.BusinessDays;

/**
 * Due times and states of the desk's targets. A target of N business days is due at the end of the N-th business day
 * (17:00 in Tokyo) after the day the submission counts from: the day of the submission when that is a business day
 * and the submission came before 17:00, else the next business day. So a question sent on Monday morning with a
 * two-day target is due on Wednesday at 17:00, and one sent on Friday evening, on the following Wednesday.
 */
public final class ServiceLevels {

    /** Business days end at this time in Tokyo. */
    public static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(17, 0);

    private final BusinessDays calendar;
    private final Targets targets;

    /**
     * @param calendar the business days
     * @param targets  the targets
     */
    public ServiceLevels(BusinessDays calendar, Targets targets) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /** @return the targets */
    public Targets targets() {
        return targets;
    }

    /**
     * @param submittedAt when the case was submitted
     * @return when its first response and its resolution are due
     */
    public DueDates dueDates(Instant submittedAt) {
        LocalDate start = countsFrom(submittedAt);
        return new DueDates(closeOf(start, targets.firstResponse()), closeOf(start, targets.resolution()));
    }

    /**
     * @param due  when the target falls due
     * @param done when it was done (the first reply, the answer); null while it is not
     * @param now  the time to judge at
     * @return where the case stands against the target
     */
    public LevelState state(Instant due, Instant done, Instant now) {
        Objects.requireNonNull(due, "due");
        if (done != null) {
            return done.isAfter(due) ? LevelState.MISSED : LevelState.MET;
        }
        if (now.isAfter(due)) {
            return LevelState.OVERDUE;
        }
        return now.isBefore(warnedFrom(due)) ? LevelState.ON_TIME : LevelState.DUE_SOON;
    }

    /**
     * The latest due time that is already within the warning at a moment: a target not done is due soon at
     * {@code now} exactly when {@code now <= due <= dueSoonUntil(now)} (and overdue when {@code due < now}), which
     * lets a query compare stored due times instead of judging every case. Due times fall at the close of business.
     *
     * @param now the time to judge at
     * @return the close of business the warning's number of business days after the last close of business at or
     *     before {@code now}
     */
    public Instant dueSoonUntil(Instant now) {
        ZonedDateTime tokyo = now.atZone(BusinessDays.ZONE);
        LocalDate day = tokyo.toLocalDate();
        boolean closedToday = calendar.isBusinessDay(day) && !tokyo.toLocalTime().isBefore(CLOSE_OF_BUSINESS);
        LocalDate lastClose = closedToday ? day : calendar.previousBusinessDay(day);
        for (int i = 0; i < targets.warning(); i++) {
            lastClose = calendar.nextBusinessDay(lastClose);
        }
        return ZonedDateTime.of(lastClose, CLOSE_OF_BUSINESS, BusinessDays.ZONE).toInstant();
    }

    /** The warning starts this many business days before the due time, at the same time of day. */
    private Instant warnedFrom(Instant due) {
        LocalDate day = due.atZone(BusinessDays.ZONE).toLocalDate();
        for (int i = 0; i < targets.warning(); i++) {
            day = calendar.previousBusinessDay(day);
        }
        return ZonedDateTime.of(day, due.atZone(BusinessDays.ZONE).toLocalTime(), BusinessDays.ZONE)
                .toInstant();
    }

    private LocalDate countsFrom(Instant submittedAt) {
        ZonedDateTime tokyo = submittedAt.atZone(BusinessDays.ZONE);
        LocalDate day = tokyo.toLocalDate();
        boolean inBusinessHours = calendar.isBusinessDay(day) && tokyo.toLocalTime().isBefore(CLOSE_OF_BUSINESS);
        return inBusinessHours ? day : calendar.nextBusinessDay(day);
    }

    private Instant closeOf(LocalDate start, int businessDays) {
        return calendar.plusBusinessDays(ZonedDateTime.of(start, CLOSE_OF_BUSINESS, BusinessDays.ZONE), businessDays)
                .toInstant();
    }
}
