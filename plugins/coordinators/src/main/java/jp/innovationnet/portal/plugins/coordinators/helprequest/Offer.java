package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** A coordinator's offer to help with a request: one per helper and request. */
@Entity
@Table(name = "coordinators_help_offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id")
    private long requestId;

    @Column(name = "helper_id")
    private String helperId;

    @Column(name = "helper_name")
    private String helperName;

    private String message;

    private String status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Offer() {
    }

    /**
     * @param requestId  the request
     * @param helperId   who offers
     * @param helperName their name
     * @param message    what they offer, plain text
     * @param now        when
     */
    public Offer(long requestId, String helperId, String helperName, String message, Instant now) {
        this.requestId = requestId;
        this.helperId = helperId;
        this.helperName = helperName;
        this.message = message;
        this.status = OfferStatus.OFFERED.code();
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** @param userId who withdraws it: its helper, while it is not accepted */
    void withdraw(String userId) {
        if (!helperId.equals(userId)) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_HELPER);
        }
        requireOffered();
        status = OfferStatus.WITHDRAWN.code();
    }

    /** The requester accepts it (the request checks who). */
    void accept() {
        requireOffered();
        status = OfferStatus.ACCEPTED.code();
    }

    private void requireOffered() {
        if (status() != OfferStatus.OFFERED) {
            throw new HelpRefusal(HelpRefusal.Reason.NOT_ON_OFFER);
        }
    }

    /** @return its id */
    public long id() {
        return id;
    }

    /** @return the request it offers help with */
    public long requestId() {
        return requestId;
    }

    /** @return who offers */
    public String helperId() {
        return helperId;
    }

    /** @return their name */
    public String helperName() {
        return helperName;
    }

    /** @return what they offer */
    public String message() {
        return message;
    }

    /** @return where it stands */
    public OfferStatus status() {
        return Coded.byCode(OfferStatus.values(), status).orElseThrow();
    }

    /** @return when it was made */
    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
