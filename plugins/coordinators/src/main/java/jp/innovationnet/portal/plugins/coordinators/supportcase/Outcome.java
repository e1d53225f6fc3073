package jp.innovationnet.portal.plugins.coordinators.supportcase;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * What a case achieved: the indicators of the cluster plan's PDCA, new businesses started by participating companies
 * being the common target.
 */
public enum Outcome implements Coded {
    NEW_BUSINESS,
    SECOND_FOUNDING,
    PARTNERSHIP,
    FUNDING_WON,
    NEW_SALES_CHANNEL;
}
