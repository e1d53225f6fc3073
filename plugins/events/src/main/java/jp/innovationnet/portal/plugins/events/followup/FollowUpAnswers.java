package jp.innovationnet.portal.plugins.events.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a participant says after the event, checked at the boundary.
 *
 * @param satisfaction   how satisfied they were, 1 (not at all) to 5 (very)
 * @param newContacts    how many new contacts they made, 0 to 999
 * @param followUpWanted whether they want the network to follow up
 * @param followUpWith   with whom (present exactly when a follow-up is wanted)
 * @param comment        a comment, plain text
 */
public record FollowUpAnswers(int satisfaction, int newContacts, boolean followUpWanted,
                              Optional<String> followUpWith, Optional<String> comment) {

    /** The lowest satisfaction. */
    public static final int SATISFACTION_MIN = 1;
    /** The highest satisfaction. */
    public static final int SATISFACTION_MAX = 5;
    /** The most new contacts one may report. */
    public static final int CONTACTS_MAX = 999;

    /**
     * @param total   the sum of some answers' satisfaction
     * @param answers how many answers
     * @return their average, rounded to two decimals; empty without answers
     */
    public static Optional<Double> averageSatisfaction(long total, long answers) {
        return answers == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP).doubleValue());
    }

    public FollowUpAnswers {
        if (satisfaction < SATISFACTION_MIN || satisfaction > SATISFACTION_MAX) {
            throw new IllegalArgumentException("satisfaction " + satisfaction);
        }
        if (newContacts < 0 || newContacts > CONTACTS_MAX) {
            throw new IllegalArgumentException("new contacts " + newContacts);
        }
        if (followUpWanted != followUpWith.isPresent()) {
            throw new IllegalArgumentException("a follow-up with someone is named exactly when one is wanted");
        }
    }
}
