package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Whom an event is meant for; see {@link Viewer#visibility()}. */
public enum AudienceKind implements Coded {
    ALL_MEMBERS,
    REGIONS,
    ORGANIZATIONS,
    COORDINATORS,
    OVERSEAS_PARTNERS,
    PUBLIC;
}
