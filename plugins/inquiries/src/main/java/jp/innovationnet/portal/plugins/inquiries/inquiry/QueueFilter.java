package jp.innovationnet.portal.plugins.inquiries.inquiry;

import jp.innovationnet.portal.plugin.api.kit.Region;
import java.util.Optional;

/**
 * What the staff's queue is narrowed to; every part optional.
 *
 * @param status     the inquiry's status
 * @param topic      the topic
 * @param region     the region
 * @param receiver   an organization it was routed to
 * @param assignedTo a user assigned on one of its referrals
 * @param text       part of the reference or subject, NFKC-normalised
 * @param atRisk     overdue or due-soon cases only
 * @param offset     how many to skip
 * @param limit      how many at most
 */
public record QueueFilter(Optional<InquiryStatus> status, Optional<Topic> topic, Optional<Region> region,
                          Optional<String> receiver, Optional<String> assignedTo, Optional<String> text,
                          Optional<AtRisk> atRisk, int offset, int limit) {

    /** A filter not narrowed to cases at risk. */
    public QueueFilter(Optional<InquiryStatus> status, Optional<Topic> topic, Optional<Region> region,
                       Optional<String> receiver, Optional<String> assignedTo, Optional<String> text, int offset,
                       int limit) {
        this(status, topic, region, receiver, assignedTo, text, Optional.empty(), offset, limit);
    }

    /** @return no narrowing: the first page of 50 */
    public static QueueFilter all() {
        return new QueueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 50);
    }

    /** @param risk overdue or due soon @return the same narrowing, to cases at that risk only */
    public QueueFilter atRisk(AtRisk risk) {
        return new QueueFilter(status, topic, region, receiver, assignedTo, text, Optional.of(risk), offset, limit);
    }

    /**
     * @param offset how many to skip
     * @param limit  how many at most
     * @return the same narrowing, another page
     */
    public QueueFilter withPage(int offset, int limit) {
        return new QueueFilter(status, topic, region, receiver, assignedTo, text, atRisk, offset, limit);
    }
}
