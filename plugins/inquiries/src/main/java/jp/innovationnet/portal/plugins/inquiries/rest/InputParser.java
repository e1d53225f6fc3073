package jp.innovationnet.portal.plugins.inquiries.rest;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.inquiries.attachment.Attachments;
import jp.innovationnet.portal.plugins.inquiries.attachment.CheckedFile;
import jp.innovationnet.portal.plugins.inquiries.attachment.FileCheck;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Asker;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Language;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Topic;

/**
 * What the constraints of {@link Inputs} cannot judge alone: who asks (a visitor must name themself), and the files,
 * decoded and checked by content. Every fault is collected, so one 422 names them all and nothing is saved.
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
     * @param input  what was sent, its constraints met
     * @param caller who sends it: a logged-in caller is the asker, a visitor names themself
     * @return the submission
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming every field at fault
     */
    Submission submission(Inputs.Submission input, Caller caller) {
        FieldErrors errors = FieldErrors.in(caller.locale());
        List<CheckedFile> checked = files(errors, input.attachments());
        Optional<String> organization = Inputs.given(input.organization());
        Asker asker;
        if (caller.authenticated()) {
            asker = new Asker(Optional.of(caller.userId()), CaseRoutes.name(caller), caller.email().orElse(""),
                    organization.or(caller::organizationId));
        } else {
            String name = errors.text("name", input.name(), Inputs.NAME_MAX);
            String email = errors.email("email", input.email());
            asker = new Asker(Optional.empty(), name, email, organization);
        }
        errors.throwIfAny();
        return new Submission(Coded.byCode(Topic.values(), input.topic()).orElseThrow(),
                Coded.byCode(Region.values(), input.region()).orElseThrow(),
                Coded.byCode(Language.values(), input.language()).orElseThrow(), input.subject(), input.text(),
                checked, asker);
    }

    /**
     * @param input  a message as sent, its constraints met
     * @param locale the reader's language
     * @return the text and the checked files
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming every file at fault
     */
    Written message(Inputs.MessageInput input, Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        List<CheckedFile> checked = files(errors, input.attachments());
        errors.throwIfAny();
        return new Written(input.text(), checked);
    }

    private List<CheckedFile> files(FieldErrors errors, List<Inputs.AttachmentInput> inputs) {
        List<CheckedFile> checked = new ArrayList<>();
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            String field = "attachments[" + i + "]";
            Inputs.AttachmentInput input = inputs.get(i);
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
