package jp.innovationnet.portal.plugins.inquiries.rest;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.PlainText;

/**
 * The JSON bodies the desk's routes read. Their texts are normalised as they are read (NFKC, line ends as
 * {@code \n}, trimmed), so that the checks judge what is stored: the core checks the constraints of the bodies
 * without files; an inquiry or a message, with files whose content must be read, is checked in one pass by
 * {@link InputParser}.
 */
public final class Inputs {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = 10_000;
    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2_000;

    private Inputs() {
    }

    /**
     * @param text a text as sent; may be null
     * @return it NFKC-normalised, line ends as {@code \n}, trimmed; null for null
     */
    static String normalised(String text) {
        return text == null ? null
                : Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** @param text a text as sent; may be null @return it trimmed, null for null */
    static String stripped(String text) {
        return text == null ? null : text.strip();
    }

    /** @param text a normalised text; may be null @return it, unless it is null or empty */
    static Optional<String> given(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isEmpty());
    }

    /**
     * A file sent in the JSON; checked by {@link InputParser} with the rest of the inquiry or message.
     *
     * @param filename      its name
     * @param contentBase64 its bytes in Base64
     */
    public record AttachmentInput(String filename, String contentBase64) {
    }

    /**
     * A new inquiry. Logged-in askers need not send name, email, formToken or website. Checked by
     * {@link InputParser} together with its files, so that one answer names every field at fault.
     *
     * @param topic        a topic code
     * @param region       a region code
     * @param language     ja or en
     * @param subject      the subject
     * @param text         the question
     * @param attachments  files
     * @param name         the visitor's name
     * @param email        the visitor's address
     * @param organization the organization they ask for
     * @param formToken    the public form's token
     * @param website      the honeypot
     */
    public record Submission(String topic, String region, String language, String subject, String text,
                             List<AttachmentInput> attachments, String name, String email, String organization,
                             String formToken, String website) {

        /** Normalises the texts. */
        public Submission {
            subject = normalised(subject);
            text = normalised(text);
            name = normalised(name);
            email = normalised(email);
            organization = normalised(organization);
        }
    }

    /**
     * A message to the thread, checked by {@link InputParser} together with its files.
     *
     * @param kind        reply, note or asker (through the private link: always asker)
     * @param text        the text
     * @param attachments files
     */
    public record MessageInput(String kind, String text, List<AttachmentInput> attachments) {

        /** Normalises the text. */
        public MessageInput {
            text = normalised(text);
        }
    }

    /**
     * Routing to organizations.
     *
     * @param organizations their ids
     * @param note          the routing note, for staff
     */
    public record ReferralInput(@NotEmpty List<String> organizations,
                                @Size(max = NOTE_MAX) @PlainText String note) {

        /** Normalises the note. */
        public ReferralInput {
            note = normalised(note);
        }
    }

    /** @param note why the organization hands the inquiry back */
    public record HandBackInput(@Size(max = NOTE_MAX) @PlainText String note) {

        /** Normalises the note. */
        public HandBackInput {
            note = normalised(note);
        }
    }

    /** @param userId the assignee; null clears */
    public record AssigneeInput(String userId) {
    }
}
