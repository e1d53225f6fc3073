package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.question.QuestionContent;
import jp.innovationnet.portal.plugins.coordinators.text.SkillTag;

/**
 * A question as its asker sends it. The core checks each field's own rules; {@link #content} the tags' repeats.
 *
 * @param title      one line
 * @param body       the question, plain text
 * @param fields     fields of activity it concerns (the core's list)
 * @param services   kinds of support it concerns (the core's list)
 * @param region     the region it concerns; may be left out
 * @param tags       free tags, folded as a profile's are
 * @param askExperts whether the three best-matched experts are asked at once
 */
public record QuestionInput(@NotBlank @Size(max = 200) @PlainText @NoMarkup String title,
                            @NotBlank @Size(max = 8000) @PlainText @NoMarkup String body,
                            @Size(max = 5) List<@NotBlank @CodeOf(ActivityField.class) String> fields,
                            @Size(max = 5) List<@NotBlank @CodeOf(SupportService.class) String> services,
                            @CodeOf(Region.class) String region,
                            @Size(max = 10) List<@SkillTag String> tags,
                            Boolean askExperts) {

    /**
     * @param locale the caller's language
     * @return what the question asks
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming a tag that folds like another
     */
    public QuestionContent content(Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        List<String> tagList = Tags.checked("tags", tags, errors);
        errors.throwIfAny();
        String where = region == null || region.isBlank() ? null : region.strip();
        return new QuestionContent(title.strip(), Texts.stripped(body), Tags.distinct(fields),
                Tags.distinct(services), where, tagList);
    }

    /** @return whether the best-matched experts are asked */
    public boolean asksExperts() {
        return Boolean.TRUE.equals(askExperts);
    }
}
