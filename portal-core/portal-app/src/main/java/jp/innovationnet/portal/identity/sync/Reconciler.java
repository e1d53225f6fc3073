package jp.innovationnet.portal.identity.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jp.innovationnet.portal.identity.keycloak.KeycloakRealm;
import jp.innovationnet.portal.membership.organization.Organization;

/**
 * Repairs drift: compares every organization the portal has admitted with Keycloak's (missing, name, enabled,
 * the portal's attributes, domains, members' access) and queues a task for each that differs; organizations with
 * tasks still pending are left to them. Keycloak organizations the portal does not know are reported, never
 * touched (they may predate the registry's import). Also grants invited first administrators their roles once
 * their accounts exist. Runs periodically ({@link SyncWorker}) and on demand.
 */
@ApplicationScoped
public class Reconciler {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    KeycloakRealm realm;

    @Inject
    SyncQueue queue;

    @Inject
    DisabledMembers disabledMembers;

    @Inject
    AdminInvitations invitations;

    @Inject
    MembershipChangeRecorder recorder;

    /**
     * @param checked            how many portal organizations were compared
     * @param repaired           organization → what differed, for each one a task was queued for
     * @param unknownToPortal    aliases of Keycloak organizations the portal has no record of
     * @param administratorsGranted invited administrators who got their roles now
     */
    public record Report(int checked, Map<String, String> repaired, List<String> unknownToPortal,
                         List<String> administratorsGranted) {
    }

    /** @return what was found and queued */
    public synchronized Report reconcile() {
        Map<String, JsonObject> inKeycloak = new HashMap<>();
        realm.organizations().forEach(o -> inKeycloak.put(o.getString("alias"), o));
        List<Organization> all = em.createQuery("select o from Organization o order by o.id", Organization.class)
                .getResultList();
        List<Organization> admitted = all.stream().filter(o -> DesiredOrganization.isSynced(o.getStatus())).toList();
        Map<String, String> repaired = new TreeMap<>();
        for (Organization organization : admitted) {
            if (queue.hasPending(organization.getId())) {
                continue;
            }
            String drift = drift(DesiredOrganization.of(organization), inKeycloak.get(organization.getId()));
            if (!drift.isEmpty()) {
                recorder.enqueueState(organization.getId());
                repaired.put(organization.getId(), drift);
            }
        }
        Set<String> known = all.stream().map(Organization::getId).collect(Collectors.toSet());
        List<String> unknown = inKeycloak.keySet().stream().filter(a -> !known.contains(a)).sorted().toList();
        List<String> granted = grantInvitedAdministrators();
        return new Report(admitted.size(), repaired, unknown, granted);
    }

    /**
     * Gives invited first administrators whose accounts now exist (and are members) their roles.
     *
     * @return {@code organization:email} of those granted now
     */
    public List<String> grantInvitedAdministrators() {
        List<String> granted = new ArrayList<>();
        for (AdminInvitation invitation : invitations.pending()) {
            var organization = realm.organization(invitation.getOrganizationId());
            if (organization.isPresent() && invitations.grantIfPresent(invitation, organization.get().getString("id"))) {
                granted.add(invitation.getOrganizationId() + ":" + invitation.getEmail());
            }
        }
        return granted;
    }

    private String drift(DesiredOrganization desired, JsonObject existing) {
        if (existing == null) {
            return "missing in Keycloak";
        }
        String drift = desired.driftFrom(existing);
        if (!drift.isEmpty()) {
            return drift;
        }
        if (desired.enabled()) {
            return disabledMembers.of(desired.alias()).isEmpty() ? "" : "members to enable again";
        }
        boolean memberWithAccess = realm.members(existing.getString("id")).stream()
                .anyMatch(MemberAccess::isUnmanagedAndEnabled);
        return memberWithAccess ? "members with access" : "";
    }
}
