package jp.innovationnet.portal.plugins.events.notice;

import jp.innovationnet.portal.plugins.events.event.Texts;

/**
 * A message the organisers send to an event's registrants, written in both languages.
 *
 * @param subject    its subject
 * @param body       its text
 * @param toAll      whether to all open registrations (confirmed and waiting) or the confirmed only
 */
public record OrganiserMessage(Texts subject, Texts body, boolean toAll) {
}
