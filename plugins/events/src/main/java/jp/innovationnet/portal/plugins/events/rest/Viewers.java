package jp.innovationnet.portal.plugins.events.rest;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.service.MemberDirectory;
import jp.innovationnet.portal.plugin.api.service.OrganizationSummary;
import jp.innovationnet.portal.plugins.events.event.Viewer;

/** Sees a caller as a {@link Viewer}: their organization's region comes from the member directory. */
final class Viewers {

    private final MemberDirectory directory;

    Viewers(MemberDirectory directory) {
        this.directory = directory;
    }

    /** @param caller who calls @return them as a viewer */
    Viewer of(Caller caller) {
        if (!caller.authenticated()) {
            return Viewer.anonymous();
        }
        return new Viewer(caller.userId(), caller.roles(), caller.organizationId(),
                caller.organizationId().flatMap(directory::find).map(OrganizationSummary::region)
                        .filter(region -> !region.isBlank()));
    }
}
