package jp.innovationnet.portal.plugins.coordinators.supportcase;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/** Where a case is in its workflow: written, reviewed by another coordinator, published. */
public enum CaseStatus implements Coded {
    DRAFT,
    IN_REVIEW,
    PUBLISHED;
}
