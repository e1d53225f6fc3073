package jp.innovationnet.portal.plugins.inquiries.rest;

/**
 * An FAQ entry as the secretariat sends it (create and edit), checked by {@link FaqInputParser} so that every bad
 * field is named in one 400 answer. A draft may lack either language.
 *
 * @param topic           technology, rd-funding, startup, overseas, ip-licensing, partner-search, policy, other
 * @param question        the question in both languages
 * @param answer          the answer in both languages, in Markdown
 * @param sourceReference on creation: the reference of the inquiry it comes from, if any
 * @param version         on edits: the version the edit is based on
 */
public record FaqInput(String topic, Texts question, Texts answer, String sourceReference, Long version) {

    /** @param ja Japanese @param en English */
    public record Texts(String ja, String en) {
    }
}
