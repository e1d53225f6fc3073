package jp.innovationnet.portal.plugins.inquiries.rest;

import java.time.Instant;

/**
 * An FAQ entry as the API writes it.
 *
 * @param id              its id
 * @param topic           what it is about
 * @param status          draft or published
 * @param question        the question in both languages (a draft may lack one: null)
 * @param answer          the answer's Markdown in both languages
 * @param answerHtml      the answer as sanitised HTML in both languages
 * @param sourceReference the inquiry it came from: for the secretariat only, absent for everyone else
 * @param createdAt       when it was written
 * @param updatedAt       when it last changed
 * @param version         the version to send back with an edit
 */
public record FaqView(long id, Views.Choice topic, Views.Choice status, Texts question, Texts answer, Texts answerHtml,
                      String sourceReference, Instant createdAt, Instant updatedAt, long version) {

    /** @param ja Japanese @param en English */
    public record Texts(String ja, String en) {
    }

    /**
     * A suggestion while an asker types: enough to show the question and link to the entry.
     *
     * @param id       the entry's id
     * @param topic    what it is about
     * @param question the question in both languages
     */
    public record Suggestion(long id, Views.Choice topic, Texts question) {
    }
}
