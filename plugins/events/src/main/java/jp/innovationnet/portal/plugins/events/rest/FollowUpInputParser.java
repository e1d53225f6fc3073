package jp.innovationnet.portal.plugins.events.rest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugins.events.followup.FollowUpAnswers;

/**
 * Checks a {@link FollowUpInput}: every field at fault is named in one 400 problem. Texts are kept as plain text,
 * NFC-normalised, with line ends made {@code \n} and other control and format characters (bidirectional
 * overrides, zero-width characters...) removed; screens show them as text, never as HTML.
 */
final class FollowUpInputParser {

    static final int FOLLOW_UP_WITH = 400;
    static final int COMMENT = 2000;

    private FollowUpInputParser() {
    }

    /**
     * @param in     what the participant sent
     * @param locale their language, for the messages
     * @return the answers
     * @throws ProblemException 400 naming every field at fault
     */
    static FollowUpAnswers parse(FollowUpInput in, Locale locale) {
        FieldErrors errors = new FieldErrors(locale);
        Integer satisfaction = in.satisfaction();
        if (satisfaction == null) {
            errors.add("satisfaction", Message.REQUIRED);
        } else if (satisfaction < FollowUpAnswers.SATISFACTION_MIN || satisfaction > FollowUpAnswers.SATISFACTION_MAX) {
            errors.add("satisfaction", Message.OUT_OF_RANGE, FollowUpAnswers.SATISFACTION_MIN,
                    FollowUpAnswers.SATISFACTION_MAX);
        }
        Integer contacts = in.newContacts();
        if (contacts == null) {
            errors.add("newContacts", Message.REQUIRED);
        } else if (contacts < 0 || contacts > FollowUpAnswers.CONTACTS_MAX) {
            errors.add("newContacts", Message.OUT_OF_RANGE, 0, FollowUpAnswers.CONTACTS_MAX);
        }
        boolean wanted = Boolean.TRUE.equals(in.followUpWanted());
        if (in.followUpWanted() == null) {
            errors.add("followUpWanted", Message.REQUIRED);
        }
        Optional<String> with = wanted ? plain(in.followUpWith(), "followUpWith", FOLLOW_UP_WITH, errors)
                : Optional.empty();
        if (wanted && with.isEmpty()) {
            errors.add("followUpWith", Message.REQUIRED);
        }
        Optional<String> comment = plain(in.comment(), "comment", COMMENT, errors);
        errors.throwIfAny();
        return new FollowUpAnswers(satisfaction, contacts, wanted, with, comment);
    }

    private static Optional<String> plain(String value, String field, int max, FieldErrors errors) {
        if (value == null) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "").strip();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(field, Message.TOO_LONG, max);
        }
        return Optional.of(text).filter(t -> !t.isEmpty());
    }
}
