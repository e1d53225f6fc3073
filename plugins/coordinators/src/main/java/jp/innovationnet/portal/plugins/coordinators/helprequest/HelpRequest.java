package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;
import jp.innovationnet.portal.plugins.coordinators.text.Lines;

/**
 * A coordinator's request for help, with the dispatch of a visit or lecture: {@code OPEN} until the requester accepts
 * an offer ({@code MATCHED}), then closed as {@code FULFILLED} by a report (a dispatch, once approved and from its
 * last day) or by the requester (advice); {@code CANCELLED} by the requester; {@code EXPIRED} when its deadline passed
 * with no offer accepted, set by an SQL update only ({@link HelpRequests#expire}), so the entity is not kept in the
 * shared cache. Each acceptance on a dispatch asks the secretariat's approval again (it approves the helpers too).
 */
@Cacheable(false)
@Entity
@Table(name = "coordinators_help_request")
public class HelpRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requester_id")
    private String requesterId;

    @Column(name = "requester_name")
    private String requesterName;

    @Column(name = "requester_organization")
    private String requesterOrganization;

    private String kind;
    private String title;
    private String body;
    private String region;
    private String prefectures;
    private String fields;
    private String services;
    private String tags;
    private LocalDate deadline;
    private String status;

    @Column(name = "notified_experts")
    private String notifiedExperts;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "first_offer_at")
    private OffsetDateTime firstOfferAt;

    @Column(name = "matched_at")
    private OffsetDateTime matchedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closing_note")
    private String closingNote;

    private String outcome;

    @Column(name = "visit_from")
    private LocalDate visitFrom;

    @Column(name = "visit_to")
    private LocalDate visitTo;

    @Column(name = "host_organization")
    private String hostOrganization;

    private String venue;

    @Column(name = "cost_sharing")
    private String costSharing;

    @Column(name = "event_path")
    private String eventPath;

    private String approval;

    @Column(name = "approval_reason")
    private String approvalReason;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Version
    private long version;

    protected HelpRequest() {
    }

    /**
     * A new open request.
     *
     * @param requesterId   who asks
     * @param requesterName their name
     * @param organization  the member they ask for; null when the caller has none
     * @param content       what they ask
     * @param now           when
     */
    public HelpRequest(String requesterId, String requesterName, String organization, HelpContent content,
                       Instant now) {
        this.requesterId = requesterId;
        this.requesterName = requesterName;
        this.requesterOrganization = organization;
        this.kind = content.kind().code();
        this.title = content.title();
        this.body = content.body();
        this.region = content.region();
        this.prefectures = Lines.join(content.prefectures());
        this.fields = Lines.join(content.fields());
        this.services = Lines.join(content.services());
        this.tags = Lines.join(content.tags());
        this.deadline = content.deadline();
        this.status = HelpStatus.OPEN.code();
        this.notifiedExperts = "";
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        DispatchPlan plan = content.dispatch();
        if (plan != null) {
            visitFrom = plan.from();
            visitTo = plan.to();
            hostOrganization = plan.hostOrganization();
            venue = plan.venue();
            costSharing = plan.costSharing();
            eventPath = plan.eventPath();
        }
    }

    /** @param userIds the experts told of it, recorded */
    public void notified(List<String> userIds) {
        notifiedExperts = Lines.join(userIds);
    }

    /**
     * Checks that a helper may offer, and records the time of the first offer.
     *
     * @param helperId who offers
     * @param now      when
     */
    void offered(String helperId, Instant now) {
        if (requesterId.equals(helperId)) {
            throw new HelpRefusal(HelpRefusal.Reason.OWN_REQUEST);
        }
        if (status() != HelpStatus.OPEN && status() != HelpStatus.MATCHED) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_OPEN);
        }
        if (firstOfferAt == null) {
            firstOfferAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * The requester accepts an offer: the request is matched, and a dispatch awaits the secretariat's approval.
     *
     * @param userId who accepts
     * @param now    when
     */
    void accept(String userId, Instant now) {
        requireRequester(userId);
        requireOpenOrMatched();
        status = HelpStatus.MATCHED.code();
        if (matchedAt == null) {
            matchedAt = now.atOffset(ZoneOffset.UTC);
        }
        if (kind().dispatches()) {
            approval = Approval.PENDING.code();
            approvalReason = null;
        }
    }

    /**
     * The secretariat decides on the dispatch.
     *
     * @param approved whether it is approved
     * @param reason   why not; null when approved
     * @param by       who decides
     * @param now      when
     */
    void decide(boolean approved, String reason, String by, Instant now) {
        if (approval() != Approval.PENDING || status() != HelpStatus.MATCHED) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_PENDING);
        }
        approval = (approved ? Approval.APPROVED : Approval.REJECTED).code();
        approvalReason = reason;
        approvedBy = by;
        approvedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * Closes a matched request as fulfilled: a dispatch by its report (approved, from its last day on), advice by
     * its requester's note. Who may is checked by the caller ({@link HelpRequests}).
     *
     * @param dispatch whether this is a dispatch's report
     * @param note     what happened; null for none (advice only)
     * @param outcome  what it achieved; null for none
     * @param today    today in Japan
     * @param now      when
     */
    void fulfil(boolean dispatch, String note, Outcome outcome, LocalDate today, Instant now) {
        if (status() != HelpStatus.MATCHED) {
            throw new HelpRefusal(status().closed() ? HelpRefusal.Reason.NOT_OPEN : HelpRefusal.Reason.NOT_MATCHED);
        }
        if (dispatch != kind().dispatches()) {
            throw new HelpRefusal(HelpRefusal.Reason.WRONG_KIND);
        }
        if (dispatch && approval() != Approval.APPROVED) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_APPROVED);
        }
        if (dispatch && today.isBefore(visitTo)) {
            throw new HelpRefusal(HelpRefusal.Reason.BEFORE_LAST_DAY);
        }
        status = HelpStatus.FULFILLED.code();
        closingNote = note;
        this.outcome = outcome == null ? null : outcome.code();
        closedAt = now.atOffset(ZoneOffset.UTC);
    }

    /**
     * The requester withdraws the request.
     *
     * @param userId who cancels
     * @param now    when
     */
    void cancel(String userId, Instant now) {
        requireRequester(userId);
        requireOpenOrMatched();
        status = HelpStatus.CANCELLED.code();
        closedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @param userId who must be the requester */
    void requireRequester(String userId) {
        if (!requesterId.equals(userId)) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_REQUESTER);
        }
    }

    private void requireOpenOrMatched() {
        if (status().closed()) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_OPEN);
        }
    }

    /** @return what it asks */
    public HelpContent content() {
        DispatchPlan plan = visitFrom == null ? null
                : new DispatchPlan(visitFrom, visitTo, hostOrganization, venue, costSharing, eventPath);
        return new HelpContent(kind(), title, body, region, Lines.split(prefectures), Lines.split(fields),
                Lines.split(services), Lines.split(tags), deadline, plan);
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return what it asks for */
    public HelpKind kind() {
        return Coded.byCode(HelpKind.values(), kind).orElseThrow();
    }

    /** @return where it stands */
    public HelpStatus status() {
        return Coded.byCode(HelpStatus.values(), status).orElseThrow();
    }

    /** @return the secretariat's decision on its dispatch; null before an offer is accepted or for advice */
    public Approval approval() {
        return approval == null ? null : Coded.byCode(Approval.values(), approval).orElseThrow();
    }

    /** @return why the dispatch was rejected; null otherwise */
    public String approvalReason() {
        return approvalReason;
    }

    /** @return who asks */
    public String requesterId() {
        return requesterId;
    }

    /** @return their name */
    public String requesterName() {
        return requesterName;
    }

    /** @return the member they ask for, or null */
    public String requesterOrganization() {
        return requesterOrganization;
    }

    /** @return the experts told of it */
    public List<String> notifiedExperts() {
        return Lines.split(notifiedExperts);
    }

    /** @return when it was posted */
    public Instant createdAt() {
        return createdAt.toInstant();
    }

    /** @return when the first offer came, or null */
    public Instant firstOfferAt() {
        return firstOfferAt == null ? null : firstOfferAt.toInstant();
    }

    /** @return when it was closed, or null */
    public Instant closedAt() {
        return closedAt == null ? null : closedAt.toInstant();
    }

    /** @return the report or closing note, or null */
    public String closingNote() {
        return closingNote;
    }

    /** @return the outcome reported, or null */
    public Outcome outcome() {
        return outcome == null ? null : Coded.byCode(Outcome.values(), outcome).orElseThrow();
    }
}
