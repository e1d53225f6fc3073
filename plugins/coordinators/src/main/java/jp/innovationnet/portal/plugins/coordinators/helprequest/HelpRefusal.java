package jp.innovationnet.portal.plugins.coordinators.helprequest;

/** A step on a help request that the caller's part in it, or where it stands, does not allow. */
public final class HelpRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Only the requester may do this. */
        NOT_REQUESTER,
        /** Nobody offers help on their own request. */
        OWN_REQUEST,
        /** Only the requester, the helpers accepted and the secretariat take part in the thread. */
        NOT_PARTICIPANT,
        /** Only the offer's helper may withdraw it. */
        NOT_HELPER,
        /** The request is closed, or no longer open for this step. */
        NOT_OPEN,
        /** The helper offered on this request already. */
        ALREADY_OFFERED,
        /** The offer is not one of the request's, or is no longer on offer. */
        NOT_ON_OFFER,
        /** No offer is accepted yet. */
        NOT_MATCHED,
        /** A visit or lecture is closed by its report, advice by its requester's closing. */
        WRONG_KIND,
        /** The dispatch awaits no decision. */
        NOT_PENDING,
        /** The dispatch is not approved. */
        NOT_APPROVED,
        /** The visit or lecture's last day has not come. */
        BEFORE_LAST_DAY
    }

    private final Reason reason;

    /** @param reason why */
    public HelpRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }
}
