package jp.innovationnet.portal.plugin.api.kit;

import java.util.Locale;

/**
 * The regions the network groups its members by, as the member directory stores them: the code is the English name
 * ({@code Tohoku}), the labels are {@code 東北} / {@code Tohoku}. The core's reference data; plugins use this one.
 */
public enum Region implements Coded {
    HOKKAIDO,
    TOHOKU,
    KANTO,
    CHUBU,
    KINKI,
    CHUGOKU,
    SHIKOKU,
    KYUSHU,
    OKINAWA,
    /** Outside Japan: the overseas partners. */
    OVERSEAS;

    /** @return the English name with a capital, as the member directory stores regions */
    @Override
    public String code() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
