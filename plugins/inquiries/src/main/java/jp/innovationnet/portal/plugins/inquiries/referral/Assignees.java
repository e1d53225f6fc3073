package jp.innovationnet.portal.plugins.inquiries.referral;

import java.util.List;
import java.util.Optional;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.Person;
import jp.innovationnet.portal.plugins.inquiries.inquiry.Viewer;

/**
 * Who may be assigned an organization's referral, by whom: the secretariat and the organization's member-admin may
 * assign any person of the organization holding a staff-side role; everybody else of the organization only
 * themself.
 */
public final class Assignees {

    private Assignees() {
    }

    /**
     * @param caller         who assigns
     * @param organizationId the referral's organization
     * @return whether the caller may assign people other than themself
     */
    public static boolean mayAssignOthers(Caller caller, String organizationId) {
        return caller.hasRole("secretariat") || (caller.belongsTo(organizationId) && caller.hasRole("member-admin"));
    }

    /**
     * @param caller         who assigns
     * @param organizationId the referral's organization
     * @param people         the organization's people, from the member directory
     * @return those of them the caller may assign, in the directory's order
     */
    public static List<Person> assignable(Caller caller, String organizationId, List<Person> people) {
        boolean others = mayAssignOthers(caller, organizationId);
        return people.stream()
                .filter(p -> p.roles().stream().anyMatch(Viewer.STAFF_ROLES::contains))
                .filter(p -> others || (caller.belongsTo(organizationId) && p.userId().equals(caller.userId())))
                .toList();
    }

    /**
     * @param caller         who assigns
     * @param organizationId the referral's organization
     * @param people         the organization's people
     * @param userId         whom to assign
     * @return the person, if the caller may assign them
     */
    public static Optional<Person> find(Caller caller, String organizationId, List<Person> people, String userId) {
        return assignable(caller, organizationId, people).stream().filter(p -> p.userId().equals(userId)).findFirst();
    }
}
