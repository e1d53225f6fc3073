package jp.innovationnet.portal.directory;

/** Where an organization stands in the network. */
public enum MembershipStatus {
    /** A member in good standing: its users have access. */
    ACTIVE,
    /** Access withdrawn until it is reinstated. */
    SUSPENDED,
    /** Left the network; its history stays, its access is gone for good. */
    WITHDRAWN
}
