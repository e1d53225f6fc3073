package jp.innovationnet.portal.membership.organization;

/** A field of activity an organization works in. */
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
