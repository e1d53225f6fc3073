package jp.innovationnet.portal.plugins.events.event;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Someone looking at events, as the visibility and organiser rules see them.
 *
 * @param userId         the user id; empty for visitors who have not logged in
 * @param roles          the portal roles they hold
 * @param organizationId the organization they act for
 * @param region         that organization's region (English name), when the directory knows it
 */
public record Viewer(String userId, Set<String> roles, Optional<String> organizationId, Optional<String> region) {

    /** The portal roles whose holders are members of the network (or run it). */
    private static final Set<String> MEMBER_ROLES =
            Set.of("secretariat", "member-admin", "member-staff", "coordinator", "steering-agency");
    /** The roles that organise their own organization's events. */
    private static final Set<String> ORGANISER_ROLES = Set.of("member-admin", "member-staff");

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** @return a visitor who has not logged in */
    public static Viewer anonymous() {
        return new Viewer("", Set.of(), Optional.empty(), Optional.empty());
    }

    /** @param role a portal role @return whether they hold it */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @return whether they are the secretariat, which organises and sees every event */
    public boolean secretariat() {
        return hasRole("secretariat");
    }

    /** @return whether they belong to the network (not the public, not an overseas partner) */
    public boolean member() {
        return roles.stream().anyMatch(MEMBER_ROLES::contains);
    }

    /**
     * @param organiserId the organization running an event
     * @return whether they may create, edit and run that organization's events and see their registrations: the
     *         secretariat for any organization, member administrators and staff for their own
     */
    public boolean mayOrganiseFor(String organiserId) {
        return secretariat() || organises().filter(organiserId::equals).isPresent();
    }

    /**
     * The rules of who sees which events, for this viewer: the secretariat sees every event; member administrators
     * and staff their organization's, drafts too; published events are seen by everybody if public, by members if
     * for all members or for their region or organization, by coordinators and overseas partners if for them. A
     * member-only event thus stays hidden from the public and from overseas partners.
     *
     * @return what they see
     */
    public Visibility visibility() {
        Set<AudienceKind> audiences = EnumSet.of(AudienceKind.PUBLIC);
        if (member()) {
            audiences.add(AudienceKind.ALL_MEMBERS);
        }
        if (hasRole("coordinator")) {
            audiences.add(AudienceKind.COORDINATORS);
        }
        if (hasRole("overseas-partner")) {
            audiences.add(AudienceKind.OVERSEAS_PARTNERS);
        }
        return new Visibility(secretariat(), organises(), audiences, region.filter(r -> member()),
                organizationId.filter(o -> member()));
    }

    /** @return their organization, if they organise its events (as its administrators or staff) */
    private Optional<String> organises() {
        return organizationId.filter(o -> roles.stream().anyMatch(ORGANISER_ROLES::contains));
    }
}
