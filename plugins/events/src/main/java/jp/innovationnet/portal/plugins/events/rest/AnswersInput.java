package jp.innovationnet.portal.plugins.events.rest;

import java.util.Map;

/**
 * The optional body of a one-click registration.
 *
 * @param answers question id to answer (choice: the option's index; yes-no: yes or no)
 */
public record AnswersInput(Map<String, String> answers) {
}
