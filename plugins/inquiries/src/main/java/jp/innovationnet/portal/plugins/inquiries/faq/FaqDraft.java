package jp.innovationnet.portal.plugins.inquiries.faq;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Inquiry;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;
import jp.innovationnet.portal.plugins.inquiries.message.Message;
import jp.innovationnet.portal.plugins.inquiries.message.MessageKind;

/**
 * An FAQ entry's starting point from a resolved inquiry, in the inquiry's language: the question from its subject
 * and first text, the answer from the replies staff sent the asker (never internal notes, never the asker's later
 * messages), both through the {@link Anonymiser} and with the asker's name and organization and the repliers' names
 * (whole, and each word of them) replaced by markers. The secretariat edits it, writes the other language, and saves it as an entry that keeps
 * {@link #sourceReference()}.
 *
 * @param topic           the inquiry's topic
 * @param language        the inquiry's language
 * @param question        the question
 * @param answer          the answer (the replies, oldest first, a blank line apart)
 * @param sourceReference the inquiry's reference
 */
public record FaqDraft(Topic topic, Language language, String question, String answer, String sourceReference) {

    /**
     * @param inquiry    an answered or closed inquiry
     * @param thread     its messages, oldest first
     * @param anonymiser removes addresses and numbers
     * @return the draft
     * @throws IllegalStateException if the inquiry is still open
     */
    public static FaqDraft of(Inquiry inquiry, List<Message> thread, Anonymiser anonymiser) {
        if (inquiry.status().open()) {
            throw new IllegalStateException("open inquiry " + inquiry.reference() + ": " + inquiry.status());
        }
        Locale locale = inquiry.language().locale();
        List<Message> replies = thread.stream().filter(m -> m.kind() == MessageKind.REPLY).toList();
        String questionText = thread.stream().filter(m -> m.kind() == MessageKind.QUESTION).map(Message::text)
                .findFirst().orElse("");
        String question = (inquiry.subject() + "\n\n" + questionText).strip();
        String answer = String.join("\n\n", replies.stream().map(Message::text).map(String::strip).toList());
        List<Replacement> people = Stream.concat(
                Stream.of(new Replacement(inquiry.asker().name(), Marker.NAME.in(locale))),
                Stream.concat(inquiry.asker().organization().stream()
                                .map(o -> new Replacement(o, Marker.ORGANIZATION.in(locale))),
                        replies.stream().map(m -> new Replacement(m.author().name(), Marker.STAFF_NAME.in(locale)))))
                .flatMap(Replacement::withParts).toList();
        return new FaqDraft(inquiry.topic(), inquiry.language(), clean(question, people, anonymiser, locale),
                clean(answer, people, anonymiser, locale), inquiry.reference());
    }

    private static String clean(String text, List<Replacement> people, Anonymiser anonymiser, Locale locale) {
        String result = anonymiser.anonymise(text, locale);
        for (Replacement person : people) {
            result = Pattern.compile(Pattern.quote(person.name().strip()), Pattern.CASE_INSENSITIVE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement(person.marker()));
        }
        return result;
    }

    /** A name to replace by a marker; names shorter than two characters are left alone. */
    private record Replacement(String name, String marker) {

        private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

        /** @return the whole name first, then each of its words (family and given names written alone) */
        Stream<Replacement> withParts() {
            return Stream.concat(Stream.of(name.strip()), SPACES.splitAsStream(name.strip()))
                    .filter(part -> part.length() > 1).distinct().map(part -> new Replacement(part, marker));
        }
    }
}
