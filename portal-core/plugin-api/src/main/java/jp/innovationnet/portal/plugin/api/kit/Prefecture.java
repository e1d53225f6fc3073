package jp.innovationnet.portal.plugin.api.kit;

/**
 * The 47 prefectures: the code is the JIS X 0401 code ({@code "13"} for Tokyo), the labels are the names
 * ({@code 東京都} / {@code Tokyo}), and each belongs to the {@link Region} the network files it under. The core's
 * reference data; plugins use this one.
 */
public enum Prefecture implements Coded {
    HOKKAIDO("01", Region.HOKKAIDO),
    AOMORI("02", Region.TOHOKU),
    IWATE("03", Region.TOHOKU),
    MIYAGI("04", Region.TOHOKU),
    AKITA("05", Region.TOHOKU),
    YAMAGATA("06", Region.TOHOKU),
    FUKUSHIMA("07", Region.TOHOKU),
    IBARAKI("08", Region.KANTO),
    TOCHIGI("09", Region.KANTO),
    GUNMA("10", Region.KANTO),
    SAITAMA("11", Region.KANTO),
    CHIBA("12", Region.KANTO),
    TOKYO("13", Region.KANTO),
    KANAGAWA("14", Region.KANTO),
    NIIGATA("15", Region.CHUBU),
    TOYAMA("16", Region.CHUBU),
    ISHIKAWA("17", Region.CHUBU),
    FUKUI("18", Region.CHUBU),
    YAMANASHI("19", Region.CHUBU),
    NAGANO("20", Region.CHUBU),
    GIFU("21", Region.CHUBU),
    SHIZUOKA("22", Region.CHUBU),
    AICHI("23", Region.CHUBU),
    MIE("24", Region.KINKI),
    SHIGA("25", Region.KINKI),
    KYOTO("26", Region.KINKI),
    OSAKA("27", Region.KINKI),
    HYOGO("28", Region.KINKI),
    NARA("29", Region.KINKI),
    WAKAYAMA("30", Region.KINKI),
    TOTTORI("31", Region.CHUGOKU),
    SHIMANE("32", Region.CHUGOKU),
    OKAYAMA("33", Region.CHUGOKU),
    HIROSHIMA("34", Region.CHUGOKU),
    YAMAGUCHI("35", Region.CHUGOKU),
    TOKUSHIMA("36", Region.SHIKOKU),
    KAGAWA("37", Region.SHIKOKU),
    EHIME("38", Region.SHIKOKU),
    KOCHI("39", Region.SHIKOKU),
    FUKUOKA("40", Region.KYUSHU),
    SAGA("41", Region.KYUSHU),
    NAGASAKI("42", Region.KYUSHU),
    KUMAMOTO("43", Region.KYUSHU),
    OITA("44", Region.KYUSHU),
    MIYAZAKI("45", Region.KYUSHU),
    KAGOSHIMA("46", Region.KYUSHU),
    OKINAWA("47", Region.OKINAWA);

    private final String code;
    private final Region region;

    Prefecture(String code, Region region) {
        this.code = code;
        this.region = region;
    }

    /** @return the two-digit JIS X 0401 code */
    @Override
    public String code() {
        return code;
    }

    /** @return the region the network files the prefecture under */
    public Region region() {
        return region;
    }
}
