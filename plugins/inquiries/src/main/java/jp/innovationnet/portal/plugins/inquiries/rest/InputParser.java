package jp.innovationnet.portal.plugins.inquiries.rest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachments;
import jp.innovationnet.portal.plugins.inquiries.attachment.CheckedFile;
import jp.innovationnet.portal.plugins.inquiries.attachment.FileCheck;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * Reads the desk's input: texts NFKC-normalised and trimmed, plain text only (control characters other than newline
 * and tab refused), closed lists by code, files decoded and checked by content. Every fault is collected, so one 400
 * names them all and nothing is saved.
 */
final class InputParser {

    static final int SUBJECT_MAX = 200;
    static final int TEXT_MAX = 10_000;
    static final int NAME_MAX = 200;
    static final int NOTE_MAX = 2_000;

    private final FileCheck files;

    InputParser(FileCheck files) {
        this.files = files;
    }

    /**
     * A new inquiry, checked.
     *
     * @param topic    its topic
     * @param region   its region
     * @param language the asker's language
     * @param subject  the subject
     * @param text     the question
     * @param files    the files
     * @param asker    who asks
     */
    record Submission(Topic topic, Region region, Language language, String subject, String text,
                      List<CheckedFile> files, Asker asker) {
    }

    /**
     * @param input  what was sent
     * @param caller who sends it: a logged-in caller is the asker, a visitor names themself
     * @return the submission
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 400 naming every field at fault
     */
    Submission submission(Inputs.Submission input, Caller caller) {
        FieldErrors errors = new FieldErrors(caller.locale());
        Optional<Topic> topic = coded(errors, "topic", Topic.values(), input.topic());
        Optional<Region> region = coded(errors, "region", Region.values(), input.region());
        Optional<Language> language = coded(errors, "language", Language.values(), input.language());
        Optional<String> subject = required(errors, "subject", input.subject(), SUBJECT_MAX, false);
        Optional<String> text = required(errors, "text", input.text(), TEXT_MAX, true);
        List<CheckedFile> checked = files(errors, input.attachments());
        Optional<String> organization = optional(errors, "organization", input.organization(), NAME_MAX);
        Asker asker;
        if (caller.authenticated()) {
            asker = new Asker(Optional.of(caller.userId()), caller.displayName().isBlank() ? caller.username()
                    : caller.displayName(), caller.email().orElse(""), organization.or(caller::organizationId));
        } else {
            Optional<String> name = required(errors, "name", input.name(), NAME_MAX, false);
            Optional<String> email = required(errors, "email", input.email(), 320, false);
            email.filter(e -> !FieldErrors.isEmail(e)).ifPresent(e -> errors.add("email", Wording.NOT_AN_EMAIL));
            asker = new Asker(Optional.empty(), name.orElse(""), email.orElse(""), organization);
        }
        errors.throwIfAny();
        return new Submission(topic.orElseThrow(), region.orElseThrow(), language.orElseThrow(), subject.orElseThrow(),
                text.orElseThrow(), checked, asker);
    }

    /**
     * A message's text and files, checked.
     *
     * @param text    its text and files
     * @param files   the files
     * @param locale  the reader's language
     * @return the text and the checked files
     */
    Written message(String text, List<Inputs.AttachmentInput> files, Locale locale) {
        FieldErrors errors = new FieldErrors(locale);
        Optional<String> checkedText = required(errors, "text", text, TEXT_MAX, true);
        List<CheckedFile> checked = files(errors, files);
        errors.throwIfAny();
        return new Written(checkedText.orElseThrow(), checked);
    }

    /**
     * A message's text and files, checked.
     *
     * @param text  the text
     * @param files the files
     */
    record Written(String text, List<CheckedFile> files) {
    }

    /**
     * @param note   a note as sent; may be null
     * @param locale the reader's language
     * @return the note, NFKC-trimmed, if there is one
     */
    static Optional<String> note(String note, Locale locale) {
        FieldErrors errors = new FieldErrors(locale);
        Optional<String> checked = optional(errors, "note", note, NOTE_MAX);
        errors.throwIfAny();
        return checked;
    }

    /**
     * @param text a text as sent
     * @return NFKC-normalised, line ends as {@code \n}, trimmed
     */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** @param text a normalised text @return whether it holds control characters other than newline and tab */
    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(c -> c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL);
    }

    private static Optional<String> required(FieldErrors errors, String field, String value, int max,
                                             boolean multiline) {
        Optional<String> text = optional(errors, field, value, max);
        if (value == null || (text.isEmpty() && normalise(value).isEmpty())) {
            errors.add(field, Wording.REQUIRED);
        }
        if (!multiline && text.filter(t -> t.contains("\n") || t.contains("\t")).isPresent()) {
            errors.add(field, Wording.CONTROL_CHARACTERS);
            return Optional.empty();
        }
        return text;
    }

    private static Optional<String> optional(FieldErrors errors, String field, String value, int max) {
        if (value == null) {
            return Optional.empty();
        }
        String text = normalise(value);
        if (hasControlCharacters(text)) {
            errors.add(field, Wording.CONTROL_CHARACTERS);
            return Optional.empty();
        }
        if (text.length() > max) {
            errors.add(field, Wording.TOO_LONG, max);
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static <E extends Enum<E> & Coded> Optional<E> coded(FieldErrors errors, String field, E[] values,
                                                                 String code) {
        Optional<E> value = Coded.byCode(values, code);
        if (value.isEmpty()) {
            errors.oneOf(field, values);
        }
        return value;
    }

    private List<CheckedFile> files(FieldErrors errors, List<Inputs.AttachmentInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > Attachments.MAX_FILES) {
            errors.add("attachments", Wording.TOO_MANY, Attachments.MAX_FILES);
            return List.of();
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "attachments[" + i + "]";
            Inputs.AttachmentInput input = inputs.get(i);
            if (input == null || input.contentBase64() == null) {
                errors.add(field, Wording.REQUIRED);
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(input.contentBase64().replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                errors.add(field, Wording.NOT_BASE64);
                continue;
            }
            FileCheck.Result result = files.check(input.filename(), bytes);
            result.file().ifPresent(checked::add);
            result.refusal().ifPresent(refusal -> {
                switch (refusal) {
                    case TOO_LARGE -> errors.add(field, Wording.FILE_TOO_LARGE, FileCheck.MAX_BYTES / (1024 * 1024));
                    case EMPTY -> errors.add(field, Wording.FILE_EMPTY);
                    case EXTENSION_NOT_ALLOWED -> errors.add(field, Wording.FILE_EXTENSION);
                    case TYPE_NOT_ALLOWED -> errors.add(field, Wording.FILE_TYPE);
                    case DISGUISED -> errors.add(field, Wording.FILE_DISGUISED);
                }
            });
        }
        if (checked.stream().mapToLong(file -> file.content().length).sum() > Attachments.MAX_TOTAL_BYTES) {
            errors.add("attachments", Wording.FILES_TOO_LARGE, Attachments.MAX_TOTAL_BYTES / (1024 * 1024));
        }
        return checked;
    }
}
