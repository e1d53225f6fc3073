package jp.innovationnet.portal.plugins.inquiries.servicelevel;

import java.time.Instant;

/**
 * When a case's targets fall due.
 *
 * @param firstResponse the first reply is due by then
 * @param resolution    the answer is due by then
 */
public record DueDates(Instant firstResponse, Instant resolution) {
}
