package jp.innovationnet.portal.plugins.events.rest;

/**
 * The caller's calendar feed as the API shows it.
 *
 * @param url      its absolute address with the secret token; null (left out) when it was issued before: only the
 *                 token's hash is kept, so the address is shown once, and renewing gives a new one
 * @param issuedAt when its current token was issued (ISO-8601)
 */
public record CalendarFeedView(String url, String issuedAt) {
}
