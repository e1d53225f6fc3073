package jp.innovationnet.portal.plugins.coordinators.expertise;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * A national programme a coordinator has handled or a case used: the cluster policies of METI and MEXT, and the
 * support of the steering agencies.
 */
public enum Programme implements Coded {
    INDUSTRIAL_CLUSTER,
    KNOWLEDGE_CLUSTER,
    CITY_AREA,
    REGIONAL_CONSORTIUM,
    SME_SUPPORT_PROGRAMME,
    JST_PROGRAMME,
    NEDO_PROGRAMME,
    OTHER;
}
