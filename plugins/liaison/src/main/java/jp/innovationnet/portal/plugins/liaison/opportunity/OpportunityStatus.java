package jp.innovationnet.portal.plugins.liaison.opportunity;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * Where an opportunity is: drafted by the intermediary, submitted for the secretariat's quality review, returned with a
 * comment, published, expired (renewal publishes it again).
 */
public enum OpportunityStatus implements Coded {
    DRAFT,
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    EXPIRED
}
