package jp.innovationnet.portal.plugins.inquiries.inquiry;

/** A change the inquiry's status does not allow (closing a closed one, reopening an open one). */
public class InquiryStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient InquiryStatus status;

    /** @param status the status that refuses the change */
    public InquiryStateException(InquiryStatus status) {
        super("the inquiry is " + status.code());
        this.status = status;
    }

    /** @return the status that refused the change */
    public InquiryStatus status() {
        return status;
    }
}
