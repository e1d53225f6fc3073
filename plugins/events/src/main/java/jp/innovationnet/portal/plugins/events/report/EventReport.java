package jp.innovationnet.portal.plugins.events.report;

import java.util.List;
import java.util.Optional;

/**
 * The figures of one event after (or during) it.
 *
 * @param counts         registrations by status, and check-ins
 * @param byOrganization confirmed registrants and check-ins by the organization they came for
 * @param byRegion       the same by their organization's region
 * @param followUp       what the follow-up forms say
 */
public record EventReport(Counts counts, List<Line> byOrganization, List<Line> byRegion, FollowUpFigures followUp) {

    /**
     * @param registered   every registration made, whatever its status now
     * @param confirmed    holding a seat
     * @param waiting      on the waiting list
     * @param pending      awaiting the organisers' approval
     * @param declined     declined by the organisers
     * @param cancelled    cancelled
     * @param notAttending who said they would not attend
     * @param checkedIn    checked in at the door
     */
    public record Counts(long registered, long confirmed, long waiting, long pending, long declined, long cancelled,
                         long notAttending, long checkedIn) {
    }

    /**
     * @param key        an organization's id or a region's name; empty for registrants without one
     * @param registered confirmed registrants (holding a seat)
     * @param checkedIn  checked in at the door
     */
    public record Line(Optional<String> key, long registered, long checkedIn) {
    }

    /**
     * @param answers             forms answered
     * @param satisfactionAverage their average satisfaction (1 to 5, two decimals); empty without answers
     * @param newContacts         new contacts made, in all
     * @param followUpsWanted     how many want a follow-up
     */
    public record FollowUpFigures(long answers, Optional<Double> satisfactionAverage, long newContacts,
                                 long followUpsWanted) {
    }
}
