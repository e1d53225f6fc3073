package jp.innovationnet.portal.plugins.coordinators.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.Prefecture;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugins.coordinators.audience.Viewer;
import jp.innovationnet.portal.plugins.coordinators.helprequest.Approval;
import jp.innovationnet.portal.plugins.coordinators.helprequest.DispatchPlan;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpContent;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpKind;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpRequest;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpStatus;
import jp.innovationnet.portal.plugins.coordinators.helprequest.Offer;
import jp.innovationnet.portal.plugins.coordinators.helprequest.OfferStatus;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;

/**
 * A help request as the network reads it. Offers are shown whole to the requester and the secretariat, and to a
 * helper their own; everyone else sees how many there are and the names of the helpers accepted.
 *
 * @param id             its id
 * @param kind           advice, visit or lecture, labelled
 * @param status         where it stands, labelled
 * @param title          one line
 * @param body           the need, plain text
 * @param region         its region, labelled
 * @param prefectures    prefectures, labelled
 * @param fields         fields of activity, labelled
 * @param services       kinds of support, labelled
 * @param tags           free tags as typed
 * @param deadline       the last day for offers
 * @param requesterName  who asks
 * @param mine           whether the reader asks
 * @param offerCount     how many offers are on offer or accepted
 * @param offers         the offers the reader may read
 * @param helpers        the names of the helpers accepted
 * @param dispatch       the visit or lecture; null for advice
 * @param closingNote    the report or closing note; null before
 * @param outcome        the outcome reported, labelled; null for none
 * @param createdAt      when it was posted
 * @param firstOfferAt   when the first offer came; null before
 * @param closedAt       when it was closed; null before
 * @param actions        what the reader may do now: {@code offer}, {@code withdraw}, {@code accept}, {@code thread},
 *                       {@code decide}, {@code report}, {@code close}, {@code cancel}
 */
public record HelpRequestView(long id, Label kind, Label status, String title, String body,
                              Label region, List<Label> prefectures, List<Label> fields,
                              List<Label> services, List<String> tags, LocalDate deadline,
                              String requesterName, boolean mine, int offerCount, List<OfferView> offers,
                              List<String> helpers, DispatchView dispatch, String closingNote, Label outcome,
                              Instant createdAt, Instant firstOfferAt, Instant closedAt, List<String> actions) {

    /**
     * An offer of help.
     *
     * @param id         its id
     * @param helperName who offers
     * @param message    what they offer
     * @param status     where it stands, labelled
     * @param mine       whether the reader made it
     * @param createdAt  when
     */
    public record OfferView(long id, String helperName, String message, Label status, boolean mine,
                            Instant createdAt) {
    }

    /**
     * A visit or lecture.
     *
     * @param from           its first day
     * @param to             its last day
     * @param host           the host organization's id
     * @param hostName       its name in the reader's language
     * @param venue          where; null when not known
     * @param costSharing    who bears the costs; null when not said
     * @param eventPath      the event where the coordinator speaks; null for none
     * @param approval       the secretariat's decision, labelled; null before an offer is accepted
     * @param approvalReason why it was not approved; null otherwise
     */
    public record DispatchView(LocalDate from, LocalDate to, String host, String hostName, String venue,
                               String costSharing, String eventPath, Label approval, String approvalReason) {
    }

    /**
     * @param request   the request
     * @param offers    its offers
     * @param viewer    who reads
     * @param today     today in Japan
     * @param directory the member directory, for the host's name
     * @return its view
     */
    static HelpRequestView of(HelpRequest request, List<Offer> offers, Viewer viewer, LocalDate today,
                              MemberDirectory directory) {
        Locale locale = viewer.locale();
        HelpContent content = request.content();
        boolean mine = viewer.is(request.requesterId());
        List<OfferView> shown = offers.stream()
                .filter(o -> mine || viewer.secretariat() || viewer.is(o.helperId()))
                .map(o -> new OfferView(o.id(), o.helperName(), o.message(),
                        Labels.of(OfferStatus.values(), o.status().code(), locale), viewer.is(o.helperId()),
                        o.createdAt())).toList();
        List<String> helpers = offers.stream().filter(o -> o.status() == OfferStatus.ACCEPTED)
                .map(Offer::helperName).toList();
        int live = (int) offers.stream().filter(o -> o.status() != OfferStatus.WITHDRAWN).count();
        return new HelpRequestView(request.id(), Labels.of(HelpKind.values(), content.kind().code(), locale),
                Labels.of(HelpStatus.values(), request.status().code(), locale),
                content.title(), content.body(), Labels.of(Region.values(), content.region(), locale),
                Labels.of(Prefecture.values(), content.prefectures(), locale),
                Labels.of(ActivityField.values(), content.fields(), locale),
                Labels.of(SupportService.values(), content.services(), locale), content.tags(), content.deadline(),
                request.requesterName(), mine, live, shown, helpers, dispatch(request, locale, directory),
                request.closingNote(), request.outcome() == null ? null
                        : Labels.of(Outcome.values(), request.outcome().code(), locale),
                request.createdAt(), request.firstOfferAt(), request.closedAt(),
                actions(request, offers, viewer, today));
    }

    private static DispatchView dispatch(HelpRequest request, Locale locale, MemberDirectory directory) {
        DispatchPlan plan = request.content().dispatch();
        if (plan == null) {
            return null;
        }
        String hostName = directory.find(plan.hostOrganization())
                .map(o -> Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? o.nameJa() : nameEn(o))
                .orElse(plan.hostOrganization());
        Approval approval = request.approval();
        return new DispatchView(plan.from(), plan.to(), plan.hostOrganization(), hostName, plan.venue(),
                plan.costSharing(), plan.eventPath(),
                approval == null ? null : Labels.of(Approval.values(), approval.code(), locale),
                request.approvalReason());
    }

    private static String nameEn(OrganizationSummary organization) {
        return organization.nameEn() == null || organization.nameEn().isBlank() ? organization.nameJa()
                : organization.nameEn();
    }

    private static List<String> actions(HelpRequest request, List<Offer> offers, Viewer viewer, LocalDate today) {
        List<String> actions = new ArrayList<>();
        HelpStatus status = request.status();
        boolean mine = viewer.is(request.requesterId());
        boolean helper = offers.stream().anyMatch(o -> o.status() == OfferStatus.ACCEPTED && viewer.is(o.helperId()));
        boolean offered = offers.stream().anyMatch(o -> viewer.is(o.helperId()));
        boolean live = !status.closed();
        if (live && viewer.coordinator() && !mine && !offered) {
            actions.add("offer");
        }
        if (live && offers.stream().anyMatch(o -> o.status() == OfferStatus.OFFERED && viewer.is(o.helperId()))) {
            actions.add("withdraw");
        }
        if (live && mine && offers.stream().anyMatch(o -> o.status() == OfferStatus.OFFERED)) {
            actions.add("accept");
        }
        if (mine || helper || viewer.secretariat()) {
            actions.add("thread");
        }
        if (viewer.secretariat() && status == HelpStatus.MATCHED && request.approval() == Approval.PENDING) {
            actions.add("decide");
        }
        boolean dispatch = request.kind().dispatches();
        if (status == HelpStatus.MATCHED && dispatch && (mine || helper) && request.approval() == Approval.APPROVED
                && !today.isBefore(request.content().dispatch().to())) {
            actions.add("report");
        }
        if (status == HelpStatus.MATCHED && !dispatch && mine) {
            actions.add("close");
        }
        if (live && mine) {
            actions.add("cancel");
        }
        return actions;
    }
}
