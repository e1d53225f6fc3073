package jp.innovationnet.portal.plugins.coordinators.figures;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/** The names of the figures and the CSV file's columns, in {@code messages_*.properties}. */
public enum FigureWording implements Wording {
    COLUMN_FIGURE, COLUMN_ITEM, COLUMN_VALUE,
    PERIOD_FROM, PERIOD_TO, REQUESTS_POSTED, BY_REGION, BY_FIELD, WITH_OFFER, MEDIAN_HOURS, MEDIAN_BUSINESS_DAYS,
    OPEN, FULFILLED, EXPIRED, CANCELLED, DISPATCHES_APPROVED, CASES_PUBLISHED, ANSWERS_ACCEPTED
}
