package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.time.Instant;
import java.util.Objects;

/**
 * Narrows the queue to cases at risk of missing a service level. A target is pending while not done: the first
 * response until the first reply (or the resolution), the resolution until the case is answered or closed. A case is
 * overdue when a pending target's due time has passed, due soon when it is not overdue and a pending target falls
 * due by {@code dueSoonUntil} (computed from the business days by
 * {@link jp.innovationnet.portal.plugins.inquiries.servicelevel.ServiceLevels#dueSoonUntil}).
 *
 * @param overdue      overdue cases, else those due soon
 * @param now          the time judged at
 * @param dueSoonUntil the latest due time within the warning at {@code now}
 */
public record AtRisk(boolean overdue, Instant now, Instant dueSoonUntil) {

    public AtRisk {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(dueSoonUntil, "dueSoonUntil");
    }
}
