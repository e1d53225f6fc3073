package jp.innovationnet.portal.plugins.inquiries.referral;

/** A change the referral's status does not allow (accepting twice, replying after handing back). */
public class ReferralStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ReferralStatus status;

    /** @param status the status that refuses the change */
    public ReferralStateException(ReferralStatus status) {
        super("the referral is " + status.code());
        this.status = status;
    }

    /** @return the status that refused the change */
    public ReferralStatus status() {
        return status;
    }
}
