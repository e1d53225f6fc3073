package jp.innovationnet.portal.plugins.coordinators.expertise;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * A field of activity, with the codes of the core's list of members' fields ({@code GET /api/public/reference},
 * {@code fields}).
 */
public enum Field implements Coded {
    IT,
    LIFE_SCIENCE,
    MEDICAL_HEALTHCARE,
    MANUFACTURING,
    ENVIRONMENT_ENERGY,
    NANO_MATERIALS,
    SEMICONDUCTORS,
    AGRI_FOOD,
    AEROSPACE,
    CONTENT_SERVICES;
}
