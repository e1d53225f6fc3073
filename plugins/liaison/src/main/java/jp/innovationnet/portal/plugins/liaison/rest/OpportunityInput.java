package jp.innovationnet.portal.plugins.liaison.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.Language;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.liaison.LiaisonWording;
import jp.innovationnet.portal.plugins.liaison.opportunity.Ipr;
import jp.innovationnet.portal.plugins.liaison.opportunity.Opportunities;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityContent;
import jp.innovationnet.portal.plugins.liaison.opportunity.OpportunityKind;
import jp.innovationnet.portal.plugins.liaison.opportunity.Part;
import jp.innovationnet.portal.plugins.liaison.opportunity.PartnerType;
import jp.innovationnet.portal.plugins.liaison.opportunity.Stage;
import jp.innovationnet.portal.plugins.liaison.reader.Visibility;

/**
 * An opportunity as its intermediary writes it (the body of {@code POST /opportunities} and
 * {@code PUT /opportunities/{id}}): the core checks the constraints, {@link #content} the rest, each failure a 422
 * naming its field ({@code summary.en}, {@code countries[2]}, {@code visibility.ipr}...) in the caller's language.
 *
 * @param kind        {@link OpportunityKind}'s code
 * @param callName    the call an R&amp;D partner search is for (required for that kind)
 * @param company     the company: the intermediary's only, always
 * @param language    the language of the texts, {@code ja} or {@code en}; its texts are required, the other optional
 * @param summary     the summary, at most 300 characters
 * @param description the description
 * @param innovation  innovation and advantages (optional)
 * @param stage       {@link Stage}'s code
 * @param ipr         {@link Ipr}'s code
 * @param partner     the partner sought
 * @param fields      {@link ActivityField} codes, 1 to 5
 * @param countries   ISO 3166-1 alpha-2 codes, 1 to 30
 * @param keywords    up to 10 keywords of up to 40 characters
 * @param deadline    the last day to express interest (optional)
 * @param expires     the last day of publication (optional: {@value Opportunities#MONTHS_PUBLISHED} months on)
 * @param visibility  each part's visibility (optional: each part's default)
 */
public record OpportunityInput(@NotBlank @CodeOf(OpportunityKind.class) String kind,
                               @Size(max = 200) @PlainText @NoMarkup String callName,
                               @NotNull @Valid Company company,
                               @NotBlank @CodeOf(Language.class) String language,
                               @NotNull @Valid Texts summary,
                               @NotNull @Valid Texts description,
                               @Valid Texts innovation,
                               @NotBlank @CodeOf(Stage.class) String stage,
                               @NotBlank @CodeOf(Ipr.class) String ipr,
                               @NotNull @Valid Partner partner,
                               List<String> fields,
                               List<String> countries,
                               List<String> keywords,
                               LocalDate deadline,
                               LocalDate expires,
                               @Valid Visibilities visibility) {

    private static final int SUMMARY = 300;
    private static final int INNOVATION = 2000;

    /**
     * @param name    the company's name
     * @param contact how to reach it (person, e-mail, telephone)
     */
    public record Company(@NotBlank @Size(max = 200) @PlainText @NoMarkup String name,
                          @NotBlank @Size(max = 400) @PlainText @NoMarkup String contact) {
    }

    /**
     * @param ja the text in Japanese
     * @param en the text in English
     */
    public record Texts(@Size(max = 4000) @PlainText @NoMarkup String ja,
                        @Size(max = 4000) @PlainText @NoMarkup String en) {
    }

    /**
     * @param type {@link PartnerType}'s code
     * @param role what the partner would do
     */
    public record Partner(@NotBlank @CodeOf(PartnerType.class) String type,
                          @NotBlank @Size(max = 1000) @PlainText @NoMarkup String role) {
    }

    /** The visibility ({@link Visibility}'s code) of each part; a part not named gets its default. */
    public record Visibilities(@CodeOf(Visibility.class) String summary, @CodeOf(Visibility.class) String description,
                               @CodeOf(Visibility.class) String innovation, @CodeOf(Visibility.class) String stage,
                               @CodeOf(Visibility.class) String ipr, @CodeOf(Visibility.class) String partner,
                               @CodeOf(Visibility.class) String keywords, @CodeOf(Visibility.class) String deadline) {

        private String of(Part part) {
            return switch (part) {
                case SUMMARY -> summary;
                case DESCRIPTION -> description;
                case INNOVATION -> innovation;
                case STAGE -> stage;
                case IPR -> ipr;
                case PARTNER -> partner;
                case KEYWORDS -> keywords;
                case DEADLINE -> deadline;
            };
        }
    }

    /**
     * @param locale the caller's language
     * @param today  today in Japan, the earliest day of publication
     * @return what the body says, checked (422 naming every field at fault)
     */
    OpportunityContent content(Locale locale, LocalDate today) {
        FieldErrors errors = FieldErrors.in(locale);
        OpportunityKind opportunityKind = code(OpportunityKind.values(), kind);
        String call = errors.optionalText("callName", callName, 200);
        if (opportunityKind == OpportunityKind.RD_PARTNER_SEARCH && (call == null || call.isEmpty())) {
            errors.add("callName", KitWording.REQUIRED);
        }
        Language written = code(Language.values(), language);
        OpportunityContent.Text summaryText = texts(errors, "summary", summary, written, true, SUMMARY);
        OpportunityContent.Text descriptionText = texts(errors, "description", description, written, true, 4000);
        OpportunityContent.Text innovationText = texts(errors, "innovation",
                innovation == null ? new Texts(null, null) : innovation, written, false, INNOVATION);
        List<ActivityField> fieldCodes = list(errors, "fields", fields, 5, true).stream()
                .map(entry -> codeAt(errors, entry, ActivityField.values())).toList();
        List<String> countryCodes = list(errors, "countries", countries, 30, true).stream()
                .map(entry -> country(errors, entry)).toList();
        List<String> words = list(errors, "keywords", keywords, 10, false).stream()
                .map(entry -> keyword(errors, entry)).toList();
        LocalDate lastDay = expires == null ? today.plusMonths(Opportunities.MONTHS_PUBLISHED) : expires;
        if (!lastDay.isAfter(today)) {
            errors.add("expires", LiaisonWording.EXPIRES_NOT_AFTER_PUBLICATION);
        } else if (lastDay.isAfter(today.plusMonths(Opportunities.MONTHS_PUBLISHED))) {
            errors.add("expires", LiaisonWording.EXPIRES_TOO_LATE, Opportunities.MONTHS_PUBLISHED);
        }
        if (deadline != null && deadline.isBefore(today)) {
            errors.add("deadline", LiaisonWording.DEADLINE_PASSED);
        } else if (deadline != null && deadline.isAfter(lastDay)) {
            errors.add("deadline", LiaisonWording.DEADLINE_AFTER_EXPIRY);
        }
        errors.throwIfAny();
        Map<Part, Visibility> visibilities = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            String chosen = visibility == null ? null : visibility.of(part);
            visibilities.put(part, chosen == null ? part.byDefault() : code(Visibility.values(), chosen));
        }
        return new OpportunityContent(opportunityKind, call == null || call.isEmpty() ? null : call,
                company.name().strip(), company.contact().strip(), written, summaryText, descriptionText,
                innovationText, code(Stage.values(), stage), code(Ipr.values(), ipr),
                code(PartnerType.values(), partner.type()), partner.role().strip(), fieldCodes, countryCodes, words,
                deadline, lastDay, visibilities);
    }

    /** A text pair: the written language's text required when {@code required}, each within {@code max}. */
    private static OpportunityContent.Text texts(FieldErrors errors, String name, Texts texts, Language written,
                                                 boolean required, int max) {
        String ja = written == Language.JA && required ? errors.text(name + ".ja", texts.ja(), max)
                : errors.optionalText(name + ".ja", texts.ja(), max);
        String en = written == Language.EN && required ? errors.text(name + ".en", texts.en(), max)
                : errors.optionalText(name + ".en", texts.en(), max);
        return new OpportunityContent.Text(ja == null || ja.isEmpty() ? null : ja, en == null || en.isEmpty() ? null
                : en);
    }

    /** A list's entries with their paths ({@code countries[1]}), each value once; 422 when too short or long. */
    private static List<Entry> list(FieldErrors errors, String name, List<String> values, int max, boolean required) {
        List<String> given = values == null ? List.of() : values;
        if (required && given.isEmpty()) {
            errors.add(name, KitWording.LIST_NEEDED);
        } else if (given.size() > max) {
            errors.add(name, KitWording.TOO_MANY, max);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < Math.min(given.size(), max); i++) {
            String value = given.get(i) == null ? "" : given.get(i).strip();
            String path = name + "[" + i + "]";
            if (!seen.add(value.toLowerCase(Locale.ROOT))) {
                errors.add(path, LiaisonWording.TWICE);
            } else {
                entries.add(new Entry(path, value));
            }
        }
        return entries;
    }

    private record Entry(String path, String value) {
    }

    private static <E extends Enum<E> & Coded> E codeAt(FieldErrors errors, Entry entry, E[] values) {
        return errors.code(entry.path(), values, entry.value());
    }

    private static String country(FieldErrors errors, Entry entry) {
        String code = Countries.code(entry.value());
        if (code == null) {
            errors.add(entry.path(), LiaisonWording.UNKNOWN_COUNTRY);
        }
        return code;
    }

    private static String keyword(FieldErrors errors, Entry entry) {
        String word = errors.text(entry.path(), entry.value(), 40);
        if (word != null && (word.contains("\n") || NoMarkup.Check.hasMarkup(word))) {
            errors.add(entry.path(), LiaisonWording.NO_MARKUP);
        }
        return word;
    }

    /** A code the core has checked already ({@link CodeOf}). */
    private static <E extends Enum<E> & Coded> E code(E[] values, String code) {
        return Coded.byCode(values, code.strip()).orElseThrow();
    }
}
