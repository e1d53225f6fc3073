package jp.innovationnet.portal.plugins.inquiries.rest;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachments;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Language;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * The JSON bodies the desk's routes read. Their texts are normalised as they are read (NFKC, line ends as
 * {@code \n}, trimmed), so that the constraints, which the core checks, judge what is stored.
 */
public final class Inputs {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = 10_000;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int NOTE_MAX = 2_000;
    /** One line: no line breaks or tabs. */
    static final String ONE_LINE = "[^\\n\\t]*";
    /** The message of {@link #ONE_LINE}, in the plugin's {@code ValidationMessages}. */
    static final String ONE_LINE_MESSAGE = "{jp.innovationnet.portal.plugins.inquiries.OneLine.message}";
    /** The message of a list's {@code @Size}, in the plugin's {@code ValidationMessages}. */
    static final String TOO_MANY_MESSAGE = "{jp.innovationnet.portal.plugins.inquiries.TooMany.message}";

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
     * A file sent in the JSON; its content is checked by {@link InputParser}.
     *
     * @param filename      its name
     * @param contentBase64 its bytes in Base64
     */
    public record AttachmentInput(String filename, @NotNull String contentBase64) {
    }

    /**
     * A new inquiry. Logged-in askers need not send name, email, formToken or website.
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
    public record Submission(@NotNull @CodeOf(Topic.class) String topic, @NotNull @CodeOf(Region.class) String region,
                             @NotNull @CodeOf(Language.class) String language,
                             @NotBlank @Size(max = SUBJECT_MAX) @PlainText @Pattern(regexp = ONE_LINE,
                                     message = ONE_LINE_MESSAGE) String subject,
                             @NotBlank @Size(max = TEXT_MAX) @PlainText String text,
                             @Size(max = Attachments.MAX_FILES, message = TOO_MANY_MESSAGE)
                             List<@Valid @NotNull AttachmentInput> attachments,
                             @Size(max = NAME_MAX) @PlainText @Pattern(regexp = ONE_LINE,
                                     message = ONE_LINE_MESSAGE) String name,
                             @Size(max = EMAIL_MAX) @Email String email,
                             @Size(max = NAME_MAX) @PlainText String organization,
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
     * A message to the thread.
     *
     * @param kind        reply, note or asker (through the private link: always asker)
     * @param text        the text
     * @param attachments files
     */
    public record MessageInput(String kind, @NotBlank @Size(max = TEXT_MAX) @PlainText String text,
                               @Size(max = Attachments.MAX_FILES, message = TOO_MANY_MESSAGE)
                               List<@Valid @NotNull AttachmentInput> attachments) {

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
