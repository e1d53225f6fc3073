package jp.innovationnet.portal.membership.organization;

import java.util.Arrays;
import java.util.Optional;

/** The regions the network groups its members by (the published member list uses these nine). */
public enum Region {
    HOKKAIDO("北海道", "Hokkaido"),
    TOHOKU("東北", "Tohoku"),
    KANTO("関東", "Kanto"),
    CHUBU("中部", "Chubu"),
    KINKI("近畿", "Kinki"),
    CHUGOKU("中国", "Chugoku"),
    SHIKOKU("四国", "Shikoku"),
    KYUSHU("九州", "Kyushu"),
    OKINAWA("沖縄", "Okinawa"),
    /** Outside Japan: overseas partners. */
    OVERSEAS("海外", "Overseas");

    private final String nameJa;
    private final String nameEn;

    Region(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    /** @return the name in Japanese, e.g. {@code 東北} */
    public String nameJa() {
        return nameJa;
    }

    /** @return the name in English, e.g. {@code Tohoku}; this is also how it is stored */
    public String nameEn() {
        return nameEn;
    }

    /**
     * @param name an English or Japanese name, any case
     * @return the region, or empty when none matches
     */
    public static Optional<Region> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(r -> r.nameEn.equalsIgnoreCase(wanted) || r.nameJa.equals(wanted) || r.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
