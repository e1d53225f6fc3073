package jp.innovationnet.portal.plugins.inquiries.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.inquiries.faq.FaqText;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * An FAQ entry as the secretariat sends it (create and edit), every bad field named in one 422 answer by the core. A
 * draft may lack either language ({@link FaqText} trims the texts).
 *
 * @param topic           technology, rd-funding, startup, overseas, ip-licensing, partner-search, policy, other
 * @param question        the question in both languages
 * @param answer          the answer in both languages, in Markdown
 * @param sourceReference on creation: the reference of the inquiry it comes from, if any (blank for none)
 * @param version         on edits: the version the edit is based on
 */
public record FaqInput(@NotNull @CodeOf(Topic.class) String topic, @Valid Question question, @Valid Answer answer,
                       @Pattern(regexp = REFERENCE, message = "{jp.innovationnet.portal.plugins.inquiries.NotAReference"
                               + ".message}") String sourceReference,
                       Long version) {

    /** The desk's references: year, then twice four Crockford base-32 characters. */
    static final String REFERENCE = "Q\\d{2}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    /** Trims the topic and the reference; a missing question or answer has neither language. */
    public FaqInput {
        topic = Inputs.stripped(topic);
        question = question != null ? question : new Question(null, null);
        answer = answer != null ? answer : new Answer(null, null);
        sourceReference = Inputs.given(Inputs.stripped(sourceReference)).orElse(null);
    }

    /** @return the entry's text, its constraints met */
    FaqText text() {
        return new FaqText(Coded.byCode(Topic.values(), topic).orElseThrow(), question.ja(), question.en(),
                answer.ja(), answer.en());
    }

    /** @param ja Japanese @param en English */
    public record Question(@Size(max = 500) @PlainText String ja, @Size(max = 500) @PlainText String en) {
    }

    /** @param ja Japanese @param en English, both in Markdown */
    public record Answer(@Size(max = 10_000) @PlainText String ja, @Size(max = 10_000) @PlainText String en) {
    }
}
