package jp.innovationnet.portal.plugins.liaison.opportunity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** The kind of partner an opportunity seeks (closed list). */
public enum PartnerType implements Coded {
    COMPANY,
    UNIVERSITY,
    RESEARCH_INSTITUTE,
    CLUSTER_ORGANIZATION,
    PUBLIC_BODY,
    INVESTOR
}
