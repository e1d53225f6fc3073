package jp.innovationnet.portal.plugins.inquiries;

import java.util.Locale;

/** The network's regions; the code is the English name the member directory stores. */
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
    OVERSEAS;

    /** @return the English name with a capital, as the member directory stores regions */
    @Override
    public String code() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
