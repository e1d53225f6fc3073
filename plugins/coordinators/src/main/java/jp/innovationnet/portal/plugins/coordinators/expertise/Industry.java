package jp.innovationnet.portal.plugins.coordinators.expertise;

import jp.innovationnet.portal.plugin.api.kit.Coded;

/**
 * An industry a coordinator knows or a supported company belongs to: the broad groups of the Japan Standard
 * Industrial Classification that cluster projects meet most.
 */
public enum Industry implements Coded {
    MACHINERY,
    METALWORKING,
    ELECTRONICS,
    CHEMICALS,
    PLASTICS_RUBBER,
    TEXTILES,
    FOOD_PROCESSING,
    PHARMACEUTICALS,
    MEDICAL_DEVICES,
    AUTOMOTIVE,
    SOFTWARE,
    CONSTRUCTION,
    AGRICULTURE,
    ENERGY,
    LOGISTICS,
    OTHER;
}
