package jp.innovationnet.portal.membership.organization;

/** A member's class, which decides its dues. */
public enum MembershipClass implements Coded {
    FULL,
    SUPPORTING;
}
