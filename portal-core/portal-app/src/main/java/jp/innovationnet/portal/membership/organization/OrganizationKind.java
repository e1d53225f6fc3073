package jp.innovationnet.portal.membership.organization;

/** What part an organization plays in the network. */
public enum OrganizationKind implements Coded {
    MEMBER,
    STEERING_AGENCY,
    SECRETARIAT,
    OVERSEAS_PARTNER;
}
