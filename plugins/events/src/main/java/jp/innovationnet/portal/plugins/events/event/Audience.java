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
}
