package jp.innovationnet.portal.plugins.coordinators.supportcase;

/** A step of the workflow that the case's state or the caller's part in it does not allow. */
public final class CaseRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Only the author may do this. */
        NOT_AUTHOR,
        /** Only the case's reviewer may do this. */
        NOT_REVIEWER,
        /** Only while the case is a draft. */
        NOT_DRAFT,
        /** Only while the case is in review. */
        NOT_IN_REVIEW
    }

    private final Reason reason;

    /** @param reason why */
    public CaseRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }
}
