package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugin.api.kit.Prefecture;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugins.coordinators.helprequest.DispatchPlan;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpContent;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpKind;
import jp.innovationnet.portal.plugins.coordinators.text.SkillTag;

/**
 * A help request as posted. Bean Validation checks each field; {@link #content} the rules between them and against
 * today and the directory, all before anything is written.
 *
 * @param kind        {@code advice}, {@code visit} or {@code lecture}
 * @param title       one line
 * @param body        the need, plain text
 * @param region      the region it is in
 * @param prefectures prefectures within that region
 * @param fields      fields of activity (the core's list)
 * @param services    kinds of support (the core's list)
 * @param tags        free skill tags, folded as a profile's are
 * @param deadline    the last day for offers, not before today (in Japan)
 * @param dispatch    the plan of a visit or lecture; required for those, refused for advice
 */
public record HelpRequestInput(@NotBlank @CodeOf(HelpKind.class) String kind,
                               @NotBlank @Size(max = 200) @PlainText @NoMarkup String title,
                               @NotBlank @Size(max = 8000) @PlainText @NoMarkup String body,
                               @NotBlank @CodeOf(Region.class) String region,
                               @Size(max = 10) List<@NotBlank @CodeOf(Prefecture.class) String> prefectures,
                               @Size(max = 5) List<@NotBlank @CodeOf(ActivityField.class) String> fields,
                               @Size(max = 5) List<@NotBlank @CodeOf(SupportService.class) String> services,
                               @Size(max = 10) List<@SkillTag String> tags,
                               @NotNull LocalDate deadline,
                               @Valid DispatchInput dispatch) {

    /**
     * The plan of a visit or lecture as sent.
     *
     * @param from             its first day, not before today
     * @param to               its last day, not before the first
     * @param hostOrganization the hosting member organization's id in the directory
     * @param venue            where; may be left out
     * @param costSharing      who bears travel and fees; may be left out
     * @param eventPath        the events plugin's event where the coordinator speaks, {@code /p/events/events?id=N};
     *                         may be left out
     */
    public record DispatchInput(@NotNull LocalDate from, @NotNull LocalDate to,
                                @NotBlank @Size(max = 64) String hostOrganization,
                                @Size(max = 200) @PlainText @NoMarkup String venue,
                                @Size(max = 1000) @PlainText @NoMarkup String costSharing,
                                @Pattern(regexp = DispatchPlan.EVENT_PATH) String eventPath) {
    }

    /**
     * @param locale    the caller's language
     * @param today     today in Japan
     * @param directory the member directory, where the host must be an active member
     * @return what the request asks
     * @throws jp.innovationnet.portal.plugin.api.http.ProblemException 422 naming each field at fault
     */
    public HelpContent content(Locale locale, LocalDate today, MemberDirectory directory) {
        FieldErrors errors = FieldErrors.in(locale);
        HelpKind what = Coded.byCode(HelpKind.values(), kind).orElseThrow();
        List<String> tagList = Tags.checked("tags", tags, errors);
        List<String> within = Tags.distinct(prefectures);
        for (int i = 0; i < within.size(); i++) {
            if (!Coded.byCode(Prefecture.values(), within.get(i)).orElseThrow().region().code().equals(region)) {
                errors.add("prefectures[" + i + "]", CoordinatorsWording.NOT_IN_REGION);
            }
        }
        if (deadline.isBefore(today)) {
            errors.add("deadline", CoordinatorsWording.IN_THE_PAST);
        }
        DispatchPlan plan = plan(what, today, directory, errors);
        errors.throwIfAny();
        return new HelpContent(what, title.strip(), Texts.stripped(body), region, within, Tags.distinct(fields),
                Tags.distinct(services), tagList, deadline, plan);
    }

    private DispatchPlan plan(HelpKind what, LocalDate today, MemberDirectory directory, FieldErrors errors) {
        if (!what.dispatches()) {
            if (dispatch != null) {
                errors.add("dispatch", CoordinatorsWording.NO_DISPATCH_FOR_ADVICE);
            }
            return null;
        }
        if (dispatch == null) {
            errors.add("dispatch", CoordinatorsWording.DISPATCH_NEEDED);
            return null;
        }
        if (dispatch.from().isBefore(today)) {
            errors.add("dispatch.from", CoordinatorsWording.IN_THE_PAST);
        }
        if (dispatch.to().isBefore(dispatch.from())) {
            errors.add("dispatch.to", CoordinatorsWording.BEFORE_FIRST_DAY);
        }
        String host = dispatch.hostOrganization().strip();
        if (directory.find(host).filter(o -> o.active()).isEmpty()) {
            errors.add("dispatch.hostOrganization", CoordinatorsWording.NOT_A_MEMBER);
        }
        return new DispatchPlan(dispatch.from(), dispatch.to(), host, Texts.stripped(dispatch.venue()),
                Texts.stripped(dispatch.costSharing()), Texts.stripped(dispatch.eventPath()));
    }
}
