package jp.innovationnet.portal.plugin.host;

import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.membership.organization.MembershipEvent;
import jp.innovationnet.portal.plugin.api.event.CoreEvent;
import jp.innovationnet.portal.plugin.api.http.Caller;

/**
 * The core's own types as the plugin contract writes them: the one place where the core meets the contract's
 * {@link Caller} and {@link CoreEvent}, so that the core's domain is not bound by the contract's compatibility rules.
 */
public final class ContractTypes {

    private ContractTypes() {
    }

    /**
     * @param caller who calls the portal
     * @return the same caller as plugins see it
     */
    public static Caller caller(PortalCaller caller) {
        return new Caller(caller.userId(), caller.username(), caller.displayName(), caller.email(), caller.roles(),
                caller.organizationId(), caller.locale());
    }

    /**
     * @param event a change of an organization's membership
     * @return the core event plugins receive for it
     */
    public static CoreEvent event(MembershipEvent event) {
        CoreEvent.Type type = switch (event.kind()) {
            case ADMITTED -> CoreEvent.Type.ORGANIZATION_ADMITTED;
            case SUSPENDED -> CoreEvent.Type.ORGANIZATION_SUSPENDED;
            case REINSTATED -> CoreEvent.Type.ORGANIZATION_REINSTATED;
            case WITHDRAWN -> CoreEvent.Type.ORGANIZATION_WITHDRAWN;
        };
        return new CoreEvent(type, event.organizationId(), event.occurredAt());
    }
}
