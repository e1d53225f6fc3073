package jp.innovationnet.portal.plugins.coordinators.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.activity.ActivityKind;
import jp.innovationnet.portal.plugin.api.activity.ActivityLog;
import jp.innovationnet.portal.plugin.api.activity.ActivityReport;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.helprequest.DispatchPlan;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpKind;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.question.Answer;
import jp.innovationnet.portal.plugins.coordinators.question.Question;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseLanguage;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SupportCase;

/**
 * Tells the activity log what coordinators did here: an accepted answer counts for its author (with the question's
 * region, fields and services; a later acceptance takes it back), a published case for its author (with the company's
 * region and the case's title, never the company), a fulfilled help request for its helpers (never its text).
 */
public final class ExchangeActivity {

    private final ActivityLog log;

    /** @param log the portal's activity log */
    public ExchangeActivity(ActivityLog log) {
        this.log = log;
    }

    /**
     * @param question the question
     * @param earlier  the answer accepted before, if any, which no longer counts
     * @param accepted the answer accepted now
     * @param now      when
     */
    public void accepted(Question question, Optional<Long> earlier, Answer accepted, Instant now) {
        earlier.ifPresent(id -> log.withdraw(answerKey(id)));
        var asked = question.content();
        log.report(new ActivityReport(answerKey(accepted.id()), accepted.authorId(), ActivityKind.ANSWER_ACCEPTED,
                now, region(asked.region()), codes(asked.fields(), ActivityField.values()),
                codes(asked.services(), SupportService.values()), "", "",
                Optional.of("/p/coordinators/questions?id=" + question.id())));
    }

    /**
     * @param published a case just published
     */
    public void published(SupportCase published) {
        var content = published.content();
        String title = content.title();
        boolean japanese = content.language() == CaseLanguage.JA;
        log.report(new ActivityReport("case-" + published.id(), published.authorId(), ActivityKind.CASE_PUBLISHED,
                published.publishedAt(), region(content.companyRegion()), Set.of(), Set.of(),
                japanese ? title : "", japanese ? "" : title,
                Optional.of("/p/coordinators/cases?id=" + published.id())));
    }

    /**
     * A fulfilled request counts for each helper accepted as help given (with the request's region, fields and
     * services); a lecture linked to an event of the events plugin also as a talk at that event.
     *
     * @param fulfilled a request just fulfilled
     * @param helpers   the helpers accepted
     * @param now       when
     */
    public void fulfilled(HelpRequest fulfilled, List<String> helpers, Instant now) {
        var content = fulfilled.content();
        Optional<String> event = Optional.ofNullable(content.dispatch()).map(DispatchPlan::eventPath)
                .filter(path -> content.kind() == HelpKind.LECTURE);
        for (String helper : helpers) {
            String key = "help-" + fulfilled.id() + ":" + helper;
            log.report(new ActivityReport(key, helper, ActivityKind.HELP_GIVEN, now, region(content.region()),
                    codes(content.fields(), ActivityField.values()), codes(content.services(),
                    SupportService.values()), "", "", Optional.of("/p/coordinators/help-requests?id="
                    + fulfilled.id())));
            event.ifPresent(path -> log.report(new ActivityReport(key + ":spoke", helper, ActivityKind.EVENT_SPOKE,
                    now, region(content.region()), codes(content.fields(), ActivityField.values()), Set.of(), "", "",
                    Optional.of(path))));
        }
    }

    private static String answerKey(long answerId) {
        return "answer-" + answerId;
    }

    private static Optional<Region> region(String code) {
        return Optional.ofNullable(code).flatMap(c -> Coded.byCode(Region.values(), c));
    }

    private static <E extends Enum<E> & Coded> Set<E> codes(List<String> codes, E[] values) {
        return codes.stream().map(code -> Coded.byCode(values, code)).flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }
}
