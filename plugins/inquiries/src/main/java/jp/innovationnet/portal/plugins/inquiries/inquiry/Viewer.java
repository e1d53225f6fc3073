package jp.innovationnet.portal.plugins.inquiries.inquiry;

import java.util.Optional;
import java.util.Set;

/**
 * Who looks at inquiries, as far as confidentiality cares: a user (or nobody), their roles and the organization they
 * act for.
 *
 * @param userId         the user id; empty for a visitor
 * @param roles          the portal roles
 * @param organizationId the organization they act for, if any
 */
public record Viewer(String userId, Set<String> roles, Optional<String> organizationId) {

    /** The roles that work cases (the queue, replies, notes, referrals). */
    public static final Set<String> STAFF_ROLES = Set.of("secretariat", "member-admin", "member-staff", "coordinator",
            "steering-agency");

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** @return whether they are the secretariat, who sees every inquiry */
    public boolean secretariat() {
        return roles.contains("secretariat");
    }

    /** @return the organization whose routed inquiries they work, if they hold a staff role and act for one */
    public Optional<String> receivingFor() {
        return roles.stream().anyMatch(STAFF_ROLES::contains) ? organizationId : Optional.empty();
    }
}
