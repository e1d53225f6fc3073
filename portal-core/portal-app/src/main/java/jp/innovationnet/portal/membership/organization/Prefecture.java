package jp.innovationnet.portal.membership.organization;

import java.util.Arrays;
import java.util.Optional;

/** The 47 prefectures with their JIS X 0401 codes, names and the region the network files them under. */
public enum Prefecture {
    HOKKAIDO("01", "北海道", "Hokkaido", Region.HOKKAIDO),
    AOMORI("02", "青森県", "Aomori", Region.TOHOKU),
    IWATE("03", "岩手県", "Iwate", Region.TOHOKU),
    MIYAGI("04", "宮城県", "Miyagi", Region.TOHOKU),
    AKITA("05", "秋田県", "Akita", Region.TOHOKU),
    YAMAGATA("06", "山形県", "Yamagata", Region.TOHOKU),
    FUKUSHIMA("07", "福島県", "Fukushima", Region.TOHOKU),
    IBARAKI("08", "茨城県", "Ibaraki", Region.KANTO),
    TOCHIGI("09", "栃木県", "Tochigi", Region.KANTO),
    GUNMA("10", "群馬県", "Gunma", Region.KANTO),
    SAITAMA("11", "埼玉県", "Saitama", Region.KANTO),
    CHIBA("12", "千葉県", "Chiba", Region.KANTO),
    TOKYO("13", "東京都", "Tokyo", Region.KANTO),
    KANAGAWA("14", "神奈川県", "Kanagawa", Region.KANTO),
    NIIGATA("15", "新潟県", "Niigata", Region.CHUBU),
    TOYAMA("16", "富山県", "Toyama", Region.CHUBU),
    ISHIKAWA("17", "石川県", "Ishikawa", Region.CHUBU),
    FUKUI("18", "福井県", "Fukui", Region.CHUBU),
    YAMANASHI("19", "山梨県", "Yamanashi", Region.CHUBU),
    NAGANO("20", "長野県", "Nagano", Region.CHUBU),
    GIFU("21", "岐阜県", "Gifu", Region.CHUBU),
    SHIZUOKA("22", "静岡県", "Shizuoka", Region.CHUBU),
    AICHI("23", "愛知県", "Aichi", Region.CHUBU),
    MIE("24", "三重県", "Mie", Region.KINKI),
    SHIGA("25", "滋賀県", "Shiga", Region.KINKI),
    KYOTO("26", "京都府", "Kyoto", Region.KINKI),
    OSAKA("27", "大阪府", "Osaka", Region.KINKI),
    HYOGO("28", "兵庫県", "Hyogo", Region.KINKI),
    NARA("29", "奈良県", "Nara", Region.KINKI),
    WAKAYAMA("30", "和歌山県", "Wakayama", Region.KINKI),
    TOTTORI("31", "鳥取県", "Tottori", Region.CHUGOKU),
    SHIMANE("32", "島根県", "Shimane", Region.CHUGOKU),
    OKAYAMA("33", "岡山県", "Okayama", Region.CHUGOKU),
    HIROSHIMA("34", "広島県", "Hiroshima", Region.CHUGOKU),
    YAMAGUCHI("35", "山口県", "Yamaguchi", Region.CHUGOKU),
    TOKUSHIMA("36", "徳島県", "Tokushima", Region.SHIKOKU),
    KAGAWA("37", "香川県", "Kagawa", Region.SHIKOKU),
    EHIME("38", "愛媛県", "Ehime", Region.SHIKOKU),
    KOCHI("39", "高知県", "Kochi", Region.SHIKOKU),
    FUKUOKA("40", "福岡県", "Fukuoka", Region.KYUSHU),
    SAGA("41", "佐賀県", "Saga", Region.KYUSHU),
    NAGASAKI("42", "長崎県", "Nagasaki", Region.KYUSHU),
    KUMAMOTO("43", "熊本県", "Kumamoto", Region.KYUSHU),
    OITA("44", "大分県", "Oita", Region.KYUSHU),
    MIYAZAKI("45", "宮崎県", "Miyazaki", Region.KYUSHU),
    KAGOSHIMA("46", "鹿児島県", "Kagoshima", Region.KYUSHU),
    OKINAWA("47", "沖縄県", "Okinawa", Region.OKINAWA);

    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final Region region;

    Prefecture(String code, String nameJa, String nameEn, Region region) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.region = region;
    }

    /** @return the two-digit JIS X 0401 code, e.g. {@code "13"} for Tokyo */
    public String code() {
        return code;
    }

    /** @return the name in Japanese, e.g. {@code 東京都} */
    public String nameJa() {
        return nameJa;
    }

    /** @return the name in English, e.g. {@code Tokyo} */
    public String nameEn() {
        return nameEn;
    }

    /** @return its region */
    public Region region() {
        return region;
    }

    /**
     * @param code a JIS X 0401 code
     * @return the prefecture, or empty when no prefecture has that code
     */
    public static Optional<Prefecture> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /**
     * @param name a name in English ({@code "Tokyo"}) or Japanese ({@code 東京都} or {@code 東京}), or a JIS code
     * @return the prefecture, or empty when none matches
     */
    public static Optional<Prefecture> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(p -> p.code.equals(wanted) || p.nameEn.equalsIgnoreCase(wanted) || p.nameJa.equals(wanted)
                        || p.nameJa.substring(0, p.nameJa.length() - 1).equals(wanted))
                .findFirst();
    }
}
