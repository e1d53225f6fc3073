package jp.innovationnet.portal.plugins.events.event;

import jp.innovationnet.portal.plugins.events.Coded;

/** The network's regions; the code is the English name the member directory stores. */
public enum Region implements Coded {
    HOKKAIDO("Hokkaido", "北海道", "Hokkaido"),
    TOHOKU("Tohoku", "東北", "Tohoku"),
    KANTO("Kanto", "関東", "Kanto"),
    CHUBU("Chubu", "中部", "Chubu"),
    KINKI("Kinki", "近畿", "Kinki"),
    CHUGOKU("Chugoku", "中国", "Chugoku"),
    SHIKOKU("Shikoku", "四国", "Shikoku"),
    KYUSHU("Kyushu", "九州", "Kyushu"),
    OKINAWA("Okinawa", "沖縄", "Okinawa"),
    OVERSEAS("Overseas", "海外", "Overseas");

    private final String code;
    private final String labelJa;
    private final String labelEn;

    Region(String code, String labelJa, String labelEn) {
        this.code = code;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelJa() {
        return labelJa;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
