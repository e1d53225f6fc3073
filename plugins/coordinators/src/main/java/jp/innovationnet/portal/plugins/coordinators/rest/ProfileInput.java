package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.Prefecture;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Language;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.profile.ProfileContent;
import jp.innovationnet.portal.plugins.coordinators.profile.ProfilePart;
import jp.innovationnet.portal.plugins.coordinators.text.SkillTag;

/**
 * A profile as its owner or the secretariat sends it (the whole of it). The core checks each field's own rules and
 * names every field at fault in one 422; {@link #content} then checks the rules between fields.
 *
 * @param summary      one line on what they do; Japanese required
 * @param region       the region covered
 * @param prefectures  the prefectures covered (JIS codes)
 * @param fields       fields of activity (the core's codes), at least one
 * @param services     kinds of support (the core's codes)
 * @param tags         free skill tags as typed
 * @param industries   industries known
 * @param languages    languages worked in, at least one
 * @param background   background in Markdown
 * @param programmes   programmes handled
 * @param availability whether they take help requests and visits
 * @param visibility   who may read each part
 */
public record ProfileInput(@NotNull @Valid Texts.Line summary,
                           @NotBlank @CodeOf(Region.class) String region,
                           @Size(max = 47) List<@NotBlank @CodeOf(Prefecture.class) String> prefectures,
                           @NotEmpty @Size(max = 10) List<@NotBlank @CodeOf(ActivityField.class) String> fields,
                           @Size(max = 12) List<@NotBlank @CodeOf(SupportService.class) String> services,
                           @Size(max = 30) List<@SkillTag String> tags,
                           @Size(max = 16) List<@NotBlank @CodeOf(Industry.class) String> industries,
                           @NotEmpty @Size(max = 8) List<@NotBlank @CodeOf(Language.class) String> languages,
                           @Valid Texts.Prose background,
                           @Size(max = 8) List<@NotBlank @CodeOf(Programme.class) String> programmes,
                           @NotNull @Valid Availability availability,
                           @NotNull @Valid Visibility visibility) {

    /**
     * @param helpRequests whether they take help requests from other regions
     * @param visits       whether they take visit and lecture requests
     * @param note         a note, e.g. when
     */
    public record Availability(@NotNull Boolean helpRequests, @NotNull Boolean visits, @Valid Texts.Note note) {
    }

    /**
     * Who may read each part: {@code network}, {@code members} or {@code public}.
     *
     * @param expertise    summary, region, fields, services, tags, industries, languages
     * @param background   the background
     * @param programmes   the programmes handled
     * @param availability the availability
     */
    public record Visibility(@NotBlank @CodeOf(Audience.class) String expertise,
                             @NotBlank @CodeOf(Audience.class) String background,
                             @NotBlank @CodeOf(Audience.class) String programmes,
                             @NotBlank @CodeOf(Audience.class) String availability) {
    }

    /**
     * @param locale the caller's language
     * @return the profile's content
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming the fields that break a rule
     *     between fields: a tag repeated (folded alike), a public part without its English text
     */
    public ProfileContent content(Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        Map<ProfilePart, Audience> audiences = new EnumMap<>(ProfilePart.class);
        audiences.put(ProfilePart.EXPERTISE, audience(visibility.expertise()));
        audiences.put(ProfilePart.BACKGROUND, audience(visibility.background()));
        audiences.put(ProfilePart.PROGRAMMES, audience(visibility.programmes()));
        audiences.put(ProfilePart.AVAILABILITY, audience(visibility.availability()));
        Texts.Prose prose = background == null ? new Texts.Prose(null, null) : background;
        Texts.Note note = availability.note() == null ? new Texts.Note(null, null) : availability.note();
        String summaryEn = Texts.stripped(summary.en());
        requireEnglish(errors, "summary.en", audiences.get(ProfilePart.EXPERTISE), summary.ja(), summaryEn);
        requireEnglish(errors, "background.en", audiences.get(ProfilePart.BACKGROUND), prose.ja(), prose.en());
        requireEnglish(errors, "availability.note.en", audiences.get(ProfilePart.AVAILABILITY), note.ja(),
                note.en());
        List<String> tagList = Tags.checked("tags", tags, errors);
        errors.throwIfAny();
        return new ProfileContent(summary.ja().strip(), summaryEn, region, Tags.distinct(prefectures),
                Tags.distinct(fields), Tags.distinct(services), tagList, Tags.distinct(industries),
                Tags.distinct(languages), Texts.stripped(prose.ja()), Texts.stripped(prose.en()),
                Tags.distinct(programmes), availability.helpRequests(), availability.visits(),
                Texts.stripped(note.ja()), Texts.stripped(note.en()), audiences);
    }

    private static void requireEnglish(FieldErrors errors, String field, Audience audience, String ja, String en) {
        if (audience == Audience.PUBLIC && Texts.stripped(ja) != null && Texts.stripped(en) == null) {
            errors.add(field, CoordinatorsWording.ENGLISH_FOR_PUBLIC);
        }
    }

    private static Audience audience(String code) {
        return Coded.byCode(Audience.values(), code).orElseThrow();
    }
}
