package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseContent;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseLanguage;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CompanySize;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;
import jp.innovationnet.portal.plugins.coordinators.supportcase.PartnerKind;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SuccessFactor;
import jp.innovationnet.portal.plugins.coordinators.text.SkillTag;
import jp.innovationnet.portal.plugins.coordinators.text.TagFolding;

/**
 * A case record as its author sends it (create and edit, the whole of it). The core checks each field's own rules;
 * {@link #content} checks the rules between fields.
 *
 * @param language   {@code ja} or {@code en}
 * @param title      a title
 * @param challenge  the company's challenge (課題)
 * @param company    the company, anonymised
 * @param approach   what was done, in Markdown
 * @param partners   who took part
 * @param programmes programmes used
 * @param outcomes   what it achieved, at least one
 * @param lessons    what others can learn
 * @param factors    success factors it illustrates
 * @param tags       free tags
 * @param audience   who may read it once published: {@code network}, {@code members}, {@code public}
 */
public record CaseInput(@NotBlank @CodeOf(CaseLanguage.class) String language,
                        @NotBlank @Size(max = 200) @PlainText @NoMarkup String title,
                        @NotBlank @Size(max = 4000) @PlainText @NoMarkup String challenge,
                        @NotNull @Valid Company company,
                        @NotBlank @Size(max = 8000) @PlainText @NoMarkup String approach,
                        @Size(max = 20) List<@NotNull @Valid Partner> partners,
                        @Size(max = 8) List<@NotBlank @CodeOf(Programme.class) String> programmes,
                        @NotEmpty @Size(max = 5) List<@NotBlank @CodeOf(Outcome.class) String> outcomes,
                        @NotBlank @Size(max = 4000) @PlainText @NoMarkup String lessons,
                        @Size(max = 15) List<@NotBlank @CodeOf(SuccessFactor.class) String> factors,
                        @Size(max = 20) List<@SkillTag String> tags,
                        @NotBlank @CodeOf(Audience.class) String audience) {

    /**
     * @param size     its size band
     * @param industry its industry
     * @param region   its region
     * @param name     its name, for the network only; may be left out
     */
    public record Company(@NotBlank @CodeOf(CompanySize.class) String size,
                          @NotBlank @CodeOf(Industry.class) String industry,
                          @NotBlank @CodeOf(Region.class) String region,
                          @Size(max = 200) @PlainText @NoMarkup String name) {
    }

    /**
     * @param kind what kind of body
     * @param name its name, one line; may be left out
     */
    public record Partner(@NotBlank @CodeOf(PartnerKind.class) String kind,
                          @Size(max = 200) @Pattern(regexp = "[^\\n\\r\\t<>]*") @NoMarkup String name) {
    }

    /**
     * @param locale the caller's language
     * @return the case's content
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming the fields that break a rule
     *     between fields: a public case not in English, a text that names the company of a case not for the network
     *     only, a tag repeated
     */
    public CaseContent content(Locale locale) {
        FieldErrors errors = FieldErrors.in(locale);
        Audience readers = code(Audience.values(), audience);
        CaseLanguage written = code(CaseLanguage.values(), language);
        if (readers == Audience.PUBLIC && written != CaseLanguage.EN) {
            errors.add("audience", CoordinatorsWording.PUBLIC_CASE_IN_ENGLISH);
        }
        String name = Texts.stripped(company.name());
        if (name != null && readers != Audience.NETWORK) {
            Map.of("title", title, "challenge", challenge, "approach", approach, "lessons", lessons)
                    .forEach((field, text) -> {
                        if (TagFolding.fold(text).contains(TagFolding.fold(name))) {
                            errors.add(field, CoordinatorsWording.NAMES_THE_COMPANY);
                        }
                    });
        }
        List<String> tagList = Tags.checked("tags", tags, errors);
        errors.throwIfAny();
        List<CaseContent.Partner> partnerList = partners == null ? List.of() : partners.stream()
                .map(p -> new CaseContent.Partner(code(PartnerKind.values(), p.kind()), Texts.stripped(p.name())))
                .toList();
        return new CaseContent(written, title.strip(), Texts.stripped(challenge), code(CompanySize.values(),
                company.size()), company.industry(), company.region(), name, Texts.stripped(approach), partnerList,
                Tags.distinct(programmes), Tags.distinct(outcomes).stream().map(c -> code(Outcome.values(), c))
                .toList(), Texts.stripped(lessons), Tags.distinct(factors).stream()
                .map(c -> code(SuccessFactor.values(), c)).toList(), tagList, readers);
    }

    private static <E extends Enum<E> & Coded> E code(E[] values, String code) {
        return Coded.byCode(values, code.strip()).orElseThrow();
    }
}
