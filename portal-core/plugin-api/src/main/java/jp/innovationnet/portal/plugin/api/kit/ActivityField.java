package jp.innovationnet.portal.plugin.api.kit;

/**
 * A field of activity of members and their people: the core's reference list ({@code GET /api/public/reference},
 * {@code fields}), since contract 1.4.
 */
public enum ActivityField implements Coded {
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
