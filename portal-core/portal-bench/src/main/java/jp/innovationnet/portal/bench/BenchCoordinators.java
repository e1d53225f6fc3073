package jp.innovationnet.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * What the coordinators benchmark seeds, by number: coordinators (names, their organization among the network's 65
 * members of 2009), their profiles, cases, questions and answers, in both languages, from a vocabulary of the
 * network's fields. A theme's word is written in kanji, katakana, hiragana or half-width katakana depending on the
 * number ({@code めっき}, {@code メッキ}, {@code ﾒｯｷ}), in tags and in texts, so that the search must fold them to
 * find the same people. Item {@code n} is always the same, so runs compare and a kept run seeds only what is missing.
 */
final class BenchCoordinators {

    /**
     * A theme of the network's work: its word as people write it (variants: kanji or usual form, katakana or
     * hiragana, half-width katakana), an English word, and the codes it goes with.
     */
    record Theme(List<String> variants, String en, String field, String service, String industry) {

        /** @param n a number @return one of the ways of writing the theme's word */
        String written(int n) {
            return variants.get(Math.floorMod(n, variants.size()));
        }
    }

    /** An organization coordinators work for: alias, name and where it is. */
    record Organization(String alias, String nameJa, String nameEn, String prefecture, String region) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme(List.of("めっき", "メッキ", "ﾒｯｷ"), "plating", "manufacturing", "technology-transfer",
                    "metalworking"),
            new Theme(List.of("表面処理", "ひょうめんしょり", "ﾋｮｳﾒﾝｼｮﾘ"), "surface treatment", "nano-materials",
                    "technology-transfer", "metalworking"),
            new Theme(List.of("半導体", "はんどうたい", "ﾊﾝﾄﾞｳﾀｲ"), "semiconductors", "semiconductors",
                    "industry-academia", "electronics"),
            new Theme(List.of("知財", "ちざい", "ﾁｻﾞｲ"), "intellectual property", "content-services", "ip-licensing",
                    "other"),
            new Theme(List.of("産学連携", "さんがくれんけい", "ｻﾝｶﾞｸﾚﾝｹｲ"), "industry-academia collaboration",
                    "nano-materials", "industry-academia", "machinery"),
            new Theme(List.of("医療機器", "いりょうきき", "ｲﾘｮｳｷｷ"), "medical devices", "medical-healthcare",
                    "business-matching", "medical-devices"),
            new Theme(List.of("食品", "しょくひん", "ｼｮｸﾋﾝ"), "food", "agri-food", "sme-support", "food-processing"),
            new Theme(List.of("金型", "かながた", "ｶﾅｶﾞﾀ"), "moulds and dies", "manufacturing", "sme-support",
                    "metalworking"),
            new Theme(List.of("燃料電池", "ねんりょうでんち", "ﾈﾝﾘｮｳﾃﾞﾝﾁ"), "fuel cells", "environment-energy",
                    "rd-funding", "energy"),
            new Theme(List.of("バイオ", "ばいお", "ﾊﾞｲｵ"), "biotechnology", "life-science", "startup-support",
                    "pharmaceuticals"),
            new Theme(List.of("ロボット", "ろぼっと", "ﾛﾎﾞｯﾄ"), "robotics", "manufacturing", "business-matching",
                    "machinery"),
            new Theme(List.of("航空機部品", "こうくうきぶひん", "ｺｳｸｳｷﾌﾞﾋﾝ"), "aircraft parts", "aerospace",
                    "overseas-expansion", "machinery"),
            new Theme(List.of("ソフトウェア", "そふとうぇあ", "ｿﾌﾄｳｪｱ"), "software", "it", "incubation", "software"),
            new Theme(List.of("創業支援", "そうぎょうしえん", "ｿｳｷﾞｮｳｼｴﾝ"), "start-up support", "content-services",
                    "startup-support", "other"),
            new Theme(List.of("海外展開", "かいがいてんかい", "ｶｲｶﾞｲﾃﾝｶｲ"), "going abroad", "manufacturing",
                    "overseas-expansion", "automotive"),
            new Theme(List.of("補助金", "ほじょきん", "ﾎｼﾞｮｷﾝ"), "grants", "environment-energy", "financing",
                    "construction"),
            new Theme(List.of("炭素繊維", "たんそせんい", "ﾀﾝｿｾﾝｲ"), "carbon fibre", "nano-materials", "consulting",
                    "textiles"),
            new Theme(List.of("植物工場", "しょくぶつこうじょう", "ｼｮｸﾌﾞﾂｺｳｼﾞｮｳ"), "plant factories", "agri-food",
                    "human-resources", "agriculture"));

    private static final List<String> PREFECTURES = List.of("Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita",
            "Yamagata", "Fukushima", "Ibaraki", "Tochigi", "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata",
            "Toyama", "Ishikawa", "Fukui", "Yamanashi", "Nagano", "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto",
            "Osaka", "Hyogo", "Nara", "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi",
            "Tokushima", "Kagawa", "Ehime", "Kochi", "Fukuoka", "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki",
            "Kagoshima", "Okinawa");
    private static final List<String> PREFECTURES_JA = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県",
            "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県",
            "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府",
            "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県",
            "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");
    static final List<String> REGIONS = List.of("Hokkaido", "Tohoku", "Kanto", "Chubu", "Kinki", "Chugoku",
            "Shikoku", "Kyushu", "Okinawa");
    private static final List<String> FAMILY = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村",
            "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森",
            "池田", "橋本", "阿部", "石川", "前田", "藤田", "小川", "岡田");
    private static final List<String> GIVEN = List.of("健一", "直樹", "美穂", "裕子", "大輔", "恵子", "誠", "陽子",
            "浩", "真理", "拓也", "由美", "隆", "智子", "修", "千尋", "剛", "明美", "和也", "幸子", "翔太", "麻衣",
            "悟", "香織");
    private static final List<String> CHALLENGES_JA = List.of("の歩留まりが低く、量産に移れない",
            "の技術を持つが販路がない", "の試作に必要な評価設備がない", "の特許を他社にライセンスしたい",
            "で大学と共同研究を始めたい", "の海外認証の取り方がわからない");
    private static final List<String> CHALLENGES_EN = List.of(" yields too low to go into volume production",
            " know-how without sales channels", " prototypes without testing equipment",
            " patents to license to other companies", " joint research with a university to start",
            " overseas certification to obtain");
    private static final List<String> PARTNER_KINDS = List.of("university", "public-lab", "company", "lender",
            "tlo", "agency");
    private static final List<String> OUTCOMES = List.of("new-business", "second-founding", "partnership",
            "funding-won", "new-sales-channel");
    private static final List<String> FACTORS = List.of("intellectual-agglomeration", "world-class-technology",
            "local-industry", "core-mid-sized-companies", "regional-collaboration", "support-infrastructure",
            "large-company-collaboration", "local-government-initiative");
    private static final List<String> PROGRAMMES = List.of("industrial-cluster", "knowledge-cluster", "city-area",
            "regional-consortium", "sme-support-programme", "jst-programme", "nedo-programme");
    private static final List<String> SIZES = List.of("micro", "small", "small", "medium", "large");

    private BenchCoordinators() {
    }

    /** @return the 65 member organizations of 2009 ({@code data/members-2009.csv}), as the coordinators' employers */
    static List<Organization> organizations(Path csv) throws IOException {
        List<Organization> organizations = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length < 6 || f[0].isBlank()) {
                continue;
            }
            int seq = Integer.parseInt(f[0].strip());
            String prefecture = f[4].isBlank() ? "Tokyo" : f[4].strip();
            String region = f[5].isBlank() ? "Kanto" : f[5].strip();
            organizations.add(new Organization(String.format(Locale.ROOT, "bench-m2009-%02d", seq), f[1].strip(),
                    f[2].strip(), prefecture, region));
        }
        return organizations;
    }

    /** @param n a coordinator's number @return their user name */
    static String username(int n) {
        return String.format(Locale.ROOT, "bench.coordinator.%05d", n);
    }

    /** @param n a coordinator's number @return the Keycloak account (without credentials) */
    static JsonObject account(int n, Organization organization, String password) {
        return Json.createObjectBuilder()
                .add("username", username(n))
                .add("firstName", GIVEN.get(n % GIVEN.size()))
                .add("lastName", FAMILY.get((n / GIVEN.size()) % FAMILY.size()))
                .add("email", username(n) + "@" + organization.alias() + ".example")
                .add("enabled", true).add("emailVerified", true)
                .add("attributes", Json.createObjectBuilder().add("locale", Json.createArrayBuilder()
                        .add(n % 5 == 4 ? "en" : "ja")))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false)))
                .build();
    }

    /** @param n a coordinator's number @return the themes they know best first: three to five */
    static List<Theme> themesOf(int n) {
        List<Theme> themes = new ArrayList<>();
        int count = 3 + n % 3;
        for (int i = 0; i < count; i++) {
            Theme theme = THEMES.get((n * 7 + i * 5) % THEMES.size());
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return themes;
    }

    /** @return the JIS code of a prefecture's English name ("Shizuoka" → "22"), Tokyo's when unknown */
    static String prefectureCode(String english) {
        int i = PREFECTURES.indexOf(english);
        return String.format(Locale.ROOT, "%02d", (i < 0 ? 12 : i) + 1);
    }

    private static String prefectureJa(String english) {
        int i = PREFECTURES.indexOf(english);
        return PREFECTURES_JA.get(i < 0 ? 12 : i);
    }

    /** @param n a coordinator's number @return the body of {@code PUT /profiles/{userId}} */
    static JsonObject profile(int n, Organization organization) {
        List<Theme> themes = themesOf(n);
        Theme first = themes.get(0);
        Theme second = themes.get(1);
        JsonArrayBuilder tags = Json.createArrayBuilder();
        JsonArrayBuilder fields = Json.createArrayBuilder();
        JsonArrayBuilder services = Json.createArrayBuilder();
        JsonArrayBuilder industries = Json.createArrayBuilder();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            tags.add(theme.written(n + i));
            once(seen, "f:" + theme.field(), fields, theme.field());
            once(seen, "s:" + theme.service(), services, theme.service());
            once(seen, "i:" + theme.industry(), industries, theme.industry());
        }
        if (n % 4 == 0) {
            tags.add("IoT");
        }
        String place = prefectureJa(organization.prefecture());
        String expertise = switch (n % 10) {
            case 0, 1, 2, 3 -> "public";
            case 4, 5, 6, 7 -> "members";
            default -> "network";
        };
        return Json.createObjectBuilder()
                .add("summary", Json.createObjectBuilder()
                        .add("ja", place + "で" + first.written(n) + "と" + second.written(n + 1) + "の企業支援を担当")
                        .add("en", "Supports companies in " + organization.prefecture() + " with " + first.en()
                                + " and " + second.en()))
                .add("region", organization.region())
                .add("prefectures", Json.createArrayBuilder().add(prefectureCode(organization.prefecture())))
                .add("fields", fields).add("services", services).add("tags", tags).add("industries", industries)
                .add("languages", n % 3 == 0 ? Json.createArrayBuilder().add("ja").add("en")
                        : Json.createArrayBuilder().add("ja"))
                .add("background", Json.createObjectBuilder()
                        .add("ja", organization.nameJa() + "のコーディネーター。" + first.written(n + 2)
                                + "の中小企業を20年支援し、公設試や大学との**産学連携**を仲介してきた。"
                                + second.written(n) + "の補助金申請も手伝う。")
                        .add("en", "Coordinator at " + organization.nameEn() + ". Twenty years supporting small firms in "
                                + first.en() + ", brokering joint research with universities and public labs."))
                .add("programmes", Json.createArrayBuilder().add(PROGRAMMES.get(n % PROGRAMMES.size())))
                .add("availability", Json.createObjectBuilder().add("helpRequests", n % 3 != 2)
                        .add("visits", n % 2 == 0).add("note", Json.createObjectBuilder().add("ja", "平日のみ")
                                .add("en", "Weekdays only")))
                .add("visibility", Json.createObjectBuilder().add("expertise", expertise)
                        .add("background", n % 2 == 0 ? "members" : "network").add("programmes", "network")
                        .add("availability", "network"))
                .build();
    }

    private static void once(List<String> seen, String key, JsonArrayBuilder array, String code) {
        if (!seen.contains(key)) {
            seen.add(key);
            array.add(code);
        }
    }

    /**
     * @param c        a case's number
     * @param author   its author's number
     * @param region   the author's region
     * @return the body of {@code POST /cases}: in Japanese for the network or members, one in five in English for the
     *     public
     */
    static JsonObject supportCase(int c, int author, String region) {
        List<Theme> themes = themesOf(author);
        Theme theme = themes.get(c % themes.size());
        Theme other = THEMES.get((c * 3) % THEMES.size());
        int challenge = (c / 3) % CHALLENGES_JA.size();
        boolean english = c % 5 == 0;
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("language", english ? "en" : "ja")
                .add("company", Json.createObjectBuilder().add("size", SIZES.get(c % SIZES.size()))
                        .add("industry", theme.industry()).add("region", region))
                .add("partners", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", PARTNER_KINDS.get(c % PARTNER_KINDS.size())))
                        .add(Json.createObjectBuilder().add("kind", "public-lab").add("name", "工業技術センター")))
                .add("programmes", Json.createArrayBuilder().add(PROGRAMMES.get(c % PROGRAMMES.size())))
                .add("outcomes", Json.createArrayBuilder().add(OUTCOMES.get(c % OUTCOMES.size()))
                        .add(OUTCOMES.get((c + 2) % OUTCOMES.size())))
                .add("factors", Json.createArrayBuilder().add(FACTORS.get(c % FACTORS.size())))
                .add("tags", Json.createArrayBuilder().add(theme.written(c)).add(other == theme
                        ? "試作" : other.written(c + 1)));
        if (english) {
            return body.add("title", "A small firm's " + theme.en() + CHALLENGES_EN.get(challenge) + " (case " + c + ")")
                    .add("challenge", "A small firm had " + theme.en() + CHALLENGES_EN.get(challenge) + ".")
                    .add("approach", "We introduced a university lab in " + other.en() + " and a public test centre,"
                            + " and helped apply for a grant.")
                    .add("lessons", "Bring the public test centre in early; agree on IP before the joint research.")
                    .add("audience", "public").build();
        }
        return body.add("title", theme.written(c) + CHALLENGES_JA.get(challenge) + "企業の支援（事例" + c + "）")
                .add("challenge", "従業員30名の企業。" + theme.written(c + 1) + CHALLENGES_JA.get(challenge) + "。")
                .add("approach", "大学の" + other.written(c) + "研究室と公設試を紹介し、" + theme.written(c + 2)
                        + "の共同研究と補助金の申請を支援した。知財の扱いは契約前に整理した。")
                .add("lessons", "早い段階で公設試を巻き込む。" + theme.written(c) + "の専門家を地域外からも探す。")
                .add("audience", c % 5 == 1 || c % 5 == 3 ? "members" : "network").build();
    }

    /** @param q a question's number @return the body of {@code POST /questions} */
    static JsonObject question(int q) {
        Theme theme = THEMES.get(q % THEMES.size());
        Theme other = THEMES.get((q / THEMES.size() + 3) % THEMES.size());
        String region = REGIONS.get((q / 7) % REGIONS.size());
        JsonArrayBuilder tags = Json.createArrayBuilder().add(theme.written(q));
        if (other != theme) {
            tags.add(other.written(q + 1));
        }
        return Json.createObjectBuilder()
                .add("title", theme.written(q) + "に詳しい方を探しています（" + q + "）")
                .add("body", "支援先の企業が" + theme.written(q + 1) + "と" + other.written(q)
                        + "の技術で新製品を考えています。地域の公設試や大学の先生、使える補助金をご存じの方は教えてください。")
                .add("fields", Json.createArrayBuilder().add(theme.field()))
                .add("services", Json.createArrayBuilder().add(theme.service()))
                .add("region", region)
                .add("tags", tags)
                .add("askExperts", false)
                .build();
    }

    /** @param q the question's number @param a the answer's number among its answers @return the answer's body */
    static JsonObject answer(int q, int a) {
        Theme theme = THEMES.get(q % THEMES.size());
        String place = PREFECTURES_JA.get((q * 5 + a) % PREFECTURES_JA.size());
        String text = switch (a % 4) {
            case 0 -> place + "の工業技術センターに" + theme.written(q + a) + "の評価設備があります。担当の研究員をご紹介できます。";
            case 1 -> theme.written(q + a) + "なら" + place + "の大学に共同研究の実績がある先生がいます。産学連携の窓口経由が早いです。";
            case 2 -> "昨年、同じような" + theme.written(q + a) + "の案件で補助金（ものづくり補助金）を使いました。申請書の書き方を共有します。";
            default -> "We handled a similar case in " + theme.en() + "; the public test centre in " + place
                    + " helped with the evaluation.";
        };
        return Json.createObjectBuilder().add("body", text).build();
    }
}
