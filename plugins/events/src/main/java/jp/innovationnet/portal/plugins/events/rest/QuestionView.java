package jp.innovationnet.portal.plugins.events.rest;

import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugins.events.event.Texts;
import jp.innovationnet.portal.plugins.events.question.Question;

/**
 * A question of an event as the API shows it (and as organisers send it back on edits).
 *
 * @param id        its id, stable through edits; answers name it
 * @param labelJa   the question in Japanese
 * @param labelEn   the question in English
 * @param type      text, choice or yes-no
 * @param typeLabel its type in the reader's language
 * @param required  whether registrants must answer it
 * @param options   for a choice: its options, answered by their index from 0
 */
public record QuestionView(String id, String labelJa, String labelEn, String type, String typeLabel,
                           boolean required, List<Texts> options) {

    /** @param question a question @param locale the reader's language @return it as the API shows it */
    static QuestionView of(Question question, Locale locale) {
        return new QuestionView(question.key(), question.labelJa(), question.labelEn(), question.type().code(),
                question.type().label(locale), question.required(),
                question.options().stream().map(o -> new Texts(o.ja(), o.en())).toList());
    }
}
