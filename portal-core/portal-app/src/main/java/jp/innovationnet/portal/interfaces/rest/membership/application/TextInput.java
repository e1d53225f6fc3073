package jp.innovationnet.portal.interfaces.rest.membership.application;

/**
 * A piece of text: the secretariat's question or reason, or the applicant's answer.
 *
 * @param text the text (required, at most 4000 characters)
 */
public record TextInput(String text) {
}
