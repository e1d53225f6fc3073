package jp.innovationnet.portal.plugins.events.rest;

/**
 * An organisers' message to an event's registrants, in both languages.
 *
 * @param subjectJa its subject in Japanese
 * @param subjectEn its subject in English
 * @param bodyJa    its text in Japanese
 * @param bodyEn    its text in English
 * @param to        {@code confirmed} (the confirmed registrants) or {@code all} (also those waiting)
 */
public record MessageInput(String subjectJa, String subjectEn, String bodyJa, String bodyEn, String to) {
}
