package jp.innovationnet.portal.plugins.events.event;

import java.util.Objects;
import java.util.Set;

/**
 * Whom an event is meant for.
 *
 * @param kind          the kind of audience
 * @param regions       for {@link AudienceKind#REGIONS}: the regions whose members it is for (English names)
 * @param organizations for {@link AudienceKind#ORGANIZATIONS}: the organizations it is for (aliases)
 */
public record Audience(AudienceKind kind, Set<String> regions, Set<String> organizations) {

    public Audience {
        Objects.requireNonNull(kind, "kind");
        regions = Set.copyOf(regions);
        organizations = Set.copyOf(organizations);
    }

    /**
     * Whether a published event with this audience is meant for the viewer. The secretariat sees every event;
     * a member-only event stays hidden from the public and from overseas partners.
     *
     * @param viewer who looks
     * @return whether it is meant for them
     */
    public boolean admits(Viewer viewer) {
        if (viewer.secretariat() || kind == AudienceKind.PUBLIC) {
            return true;
        }
        return switch (kind) {
            case ALL_MEMBERS -> viewer.member();
            case REGIONS -> viewer.member() && viewer.region().filter(regions::contains).isPresent();
            case ORGANIZATIONS -> viewer.member() && viewer.organizationId().filter(organizations::contains).isPresent();
            case COORDINATORS -> viewer.hasRole("coordinator");
            case OVERSEAS_PARTNERS -> viewer.hasRole("overseas-partner");
            case PUBLIC -> true;
        };
    }
}
