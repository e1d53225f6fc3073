package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachments;
import jp.innovationnet.portal.plugins.inquiries.attachment.CheckedFile;
import jp.innovationnet.portal.plugins.inquiries.attachment.FileCheck;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * Reads an inquiry or a message with its files: texts as {@link Inputs} normalised them, plain text only (control
 * characters other than newline and tab refused), closed lists by code, who asks (a visitor names themself), files
 * decoded and checked by content. Every fault is collected, texts and files alike, so one 422 names them all and
 * nothing is saved.
 */
final class InputParser {

    private static final int MIB = 1024 * 1024;

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
     * A message's text and files, checked.
     *
     * @param text  the text
     * @param files the files
     */
    record Written(String text, List<CheckedFile> files) {
    }

    /**
     * @param input  what was sent
     * @param caller who sends it: a logged-in caller is the asker, a visitor names themself
     * @return the submission
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming every field at fault
     */
    Submission submission(Inputs.Submission input, Caller caller) {
        FieldErrors errors = FieldErrors.in(caller.locale());
        Topic topic = errors.code("topic", Topic.values(), input.topic());
        Region region = errors.code("region", Region.values(), input.region());
        Language language = errors.code("language", Language.values(), input.language());
        String subject = oneLine(errors, "subject", errors.text("subject", input.subject(), Inputs.SUBJECT_MAX));
        String text = errors.text("text", input.text(), Inputs.TEXT_MAX);
        List<CheckedFile> checked = files(errors, input.attachments());
        Optional<String> organization = Optional.ofNullable(
                errors.optionalText("organization", input.organization(), Inputs.NAME_MAX)).flatMap(Inputs::given);
        Asker asker;
        if (caller.authenticated()) {
            asker = new Asker(Optional.of(caller.userId()), CaseRoutes.name(caller), caller.email().orElse(""),
                    organization.or(caller::organizationId));
        } else {
            String name = oneLine(errors, "name", errors.text("name", input.name(), Inputs.NAME_MAX));
            asker = new Asker(Optional.empty(), name, errors.email("email", input.email()), organization);
        }
        errors.throwIfAny();
        return new Submission(topic, region, language, subject, text, checked, asker);
    }

    /**
     * @param input  a message as sent
     * @param locale the reader's language
     * @return the text and the checked files
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming every field at fault
     */
    Written message(Inputs.MessageInput input, Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        String text = errors.text("text", input.text(), Inputs.TEXT_MAX);
        List<CheckedFile> checked = files(errors, input.attachments());
        errors.throwIfAny();
        return new Written(text, checked);
    }

    /** @return the text, unless it holds a line break or a tab: then the field is at fault */
    private static String oneLine(FieldErrors errors, String field, String text) {
        if (text != null && (text.contains("\n") || text.contains("\t"))) {
            errors.add(field, KitWording.CONTROL_CHARACTERS);
            return null;
        }
        return text;
    }

    private List<CheckedFile> files(FieldErrors errors, List<Inputs.AttachmentInput> inputs) {
        if (inputs == null) {
            return List.of();
        }
        if (inputs.size() > Attachments.MAX_FILES) {
            errors.add("attachments", KitWording.TOO_MANY, Attachments.MAX_FILES);
            return List.of();
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "attachments[" + i + "]";
            Inputs.AttachmentInput input = inputs.get(i);
            if (input == null || input.contentBase64() == null) {
                errors.add(field, KitWording.REQUIRED);
                continue;
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(input.contentBase64().replaceAll("\\s", ""));
            } catch (IllegalArgumentException e) {
                errors.add(field, DeskWording.NOT_BASE64);
                continue;
            }
            FileCheck.Result result = files.check(input.filename(), bytes);
            result.file().ifPresent(checked::add);
            result.refusal().ifPresent(refusal -> errors.add(field, refusal, FileCheck.MAX_BYTES / MIB));
        }
        if (checked.stream().mapToLong(file -> file.content().length).sum() > Attachments.MAX_TOTAL_BYTES) {
            errors.add("attachments", DeskWording.FILES_TOO_LARGE, Attachments.MAX_TOTAL_BYTES / MIB);
        }
        return checked;
    }
}
