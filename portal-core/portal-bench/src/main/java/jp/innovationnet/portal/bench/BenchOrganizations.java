package jp.innovationnet.portal.bench;

import java.util.List;

/**
 * Made-up but realistic organizations for the directory benchmark, as registry CSV: Japanese names built from a
 * prefecture, a field and a kind of body ({@code 財団法人青森バイオセンター}), a fifth of them with half-width
 * katakana, half with the legal form written before the name, with readings, English names, two fields, profiles in
 * both languages and five contact people each. Organization {@code n} is always the same, so runs compare.
 */
final class BenchOrganizations {

    /** Prefecture: Japanese, reading, English. */
    private record Place(String ja, String reading, String en) {
    }

    /** A field: Japanese (full and half width), reading, English, field code. */
    private record Theme(String ja, String halfWidth, String reading, String en, String field) {
    }

    /** A kind of body: Japanese (full and half width), reading, English, legal form and its written form. */
    private record Body(String ja, String halfWidth, String reading, String en, String legalForm, String prefix) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("北海道", "ほっかいどう", "Hokkaido"), new Place("青森", "あおもり", "Aomori"),
            new Place("岩手", "いわて", "Iwate"), new Place("宮城", "みやぎ", "Miyagi"), new Place("秋田", "あきた", "Akita"),
            new Place("山形", "やまがた", "Yamagata"), new Place("福島", "ふくしま", "Fukushima"),
            new Place("茨城", "いばらき", "Ibaraki"), new Place("栃木", "とちぎ", "Tochigi"), new Place("群馬", "ぐんま", "Gunma"),
            new Place("埼玉", "さいたま", "Saitama"), new Place("千葉", "ちば", "Chiba"), new Place("東京", "とうきょう", "Tokyo"),
            new Place("神奈川", "かながわ", "Kanagawa"), new Place("新潟", "にいがた", "Niigata"),
            new Place("富山", "とやま", "Toyama"), new Place("石川", "いしかわ", "Ishikawa"), new Place("福井", "ふくい", "Fukui"),
            new Place("山梨", "やまなし", "Yamanashi"), new Place("長野", "ながの", "Nagano"), new Place("岐阜", "ぎふ", "Gifu"),
            new Place("静岡", "しずおか", "Shizuoka"), new Place("愛知", "あいち", "Aichi"), new Place("三重", "みえ", "Mie"),
            new Place("滋賀", "しが", "Shiga"), new Place("京都", "きょうと", "Kyoto"), new Place("大阪", "おおさか", "Osaka"),
            new Place("兵庫", "ひょうご", "Hyogo"), new Place("奈良", "なら", "Nara"), new Place("和歌山", "わかやま", "Wakayama"),
            new Place("鳥取", "とっとり", "Tottori"), new Place("島根", "しまね", "Shimane"), new Place("岡山", "おかやま", "Okayama"),
            new Place("広島", "ひろしま", "Hiroshima"), new Place("山口", "やまぐち", "Yamaguchi"),
            new Place("徳島", "とくしま", "Tokushima"), new Place("香川", "かがわ", "Kagawa"), new Place("愛媛", "えひめ", "Ehime"),
            new Place("高知", "こうち", "Kochi"), new Place("福岡", "ふくおか", "Fukuoka"), new Place("佐賀", "さが", "Saga"),
            new Place("長崎", "ながさき", "Nagasaki"), new Place("熊本", "くまもと", "Kumamoto"), new Place("大分", "おおいた", "Oita"),
            new Place("宮崎", "みやざき", "Miyazaki"), new Place("鹿児島", "かごしま", "Kagoshima"),
            new Place("沖縄", "おきなわ", "Okinawa"));

    private static final List<Theme> THEMES = List.of(
            new Theme("産業振興", "産業振興", "さんぎょうしんこう", "Industrial Promotion", "manufacturing"),
            new Theme("科学技術", "科学技術", "かがくぎじゅつ", "Science and Technology", "nano-materials"),
            new Theme("中小企業支援", "中小企業支援", "ちゅうしょうきぎょうしえん", "SME Support", "content-services"),
            new Theme("バイオ", "ﾊﾞｲｵ", "ばいお", "Bio", "life-science"),
            new Theme("ものづくり", "ものづくり", "ものづくり", "Manufacturing", "manufacturing"),
            new Theme("環境エネルギー", "環境ｴﾈﾙｷﾞｰ", "かんきょうえねるぎー", "Environment and Energy", "environment-energy"),
            new Theme("情報通信", "情報通信", "じょうほうつうしん", "Information and Communication", "it"),
            new Theme("食品", "食品", "しょくひん", "Food Industry", "agri-food"),
            new Theme("航空宇宙", "航空宇宙", "こうくううちゅう", "Aerospace", "aerospace"),
            new Theme("ナノテク", "ﾅﾉﾃｸ", "なのてく", "Nanotechnology", "nano-materials"));

    private static final List<Body> BODIES = List.of(
            new Body("センター", "ｾﾝﾀｰ", "せんたー", "Center", "foundation", "財団法人"),
            new Body("財団", "財団", "ざいだん", "Foundation", "foundation", "財団法人"),
            new Body("機構", "機構", "きこう", "Organization", "foundation", "公益財団法人"),
            new Body("協会", "協会", "きょうかい", "Association", "association", "社団法人"),
            new Body("協議会", "協議会", "きょうぎかい", "Council", "council", ""),
            new Body("研究所", "研究所", "けんきゅうじょ", "Research Institute", "company", "株式会社"),
            new Body("プラザ", "ﾌﾟﾗｻﾞ", "ぷらざ", "Plaza", "npo", "特定非営利活動法人"),
            new Body("推進会議", "推進会議", "すいしんかいぎ", "Promotion Council", "council", ""));

    /** Branches tell apart organizations of the same place, field and kind. */
    private static final List<String[]> BRANCHES = List.of(new String[] {"", "", ""},
            new String[] {"北部", "ほくぶ", "North"}, new String[] {"南部", "なんぶ", "South"},
            new String[] {"東部", "とうぶ", "East"}, new String[] {"西部", "せいぶ", "West"});

    static final String HEADER = "alias,name_ja,name_en,reading,legal_form,kind,prefecture,website,fields,"
            + "profile_ja,profile_en,contacts";

    /** How many contact people each organization has. */
    static final int CONTACTS = 5;

    private BenchOrganizations() {
    }

    /**
     * @param from the first organization's number
     * @param to   one past the last
     * @return their rows as a registry CSV file
     */
    static byte[] csv(int from, int to) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int n = from; n < to; n++) {
            csv.append(row(n)).append('\n');
        }
        return csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String row(int n) {
        int combos = PLACES.size() * THEMES.size() * BODIES.size();
        Place place = PLACES.get(n % PLACES.size());
        Theme theme = THEMES.get(n / PLACES.size() % THEMES.size());
        Body body = BODIES.get(n / (PLACES.size() * THEMES.size()) % BODIES.size());
        String[] branch = BRANCHES.get(n / combos % BRANCHES.size());
        boolean halfWidth = n % 5 == 0;
        String name = place.ja() + (halfWidth ? theme.halfWidth() : theme.ja()) + (halfWidth ? body.halfWidth()
                : body.ja()) + branch[0];
        String nameJa = n % 2 == 0 || body.prefix().isEmpty() ? body.prefix() + name : name;
        String reading = place.reading() + theme.reading() + body.reading() + branch[1];
        String nameEn = (place.en() + " " + theme.en() + " " + body.en() + " " + branch[2]).strip();
        String alias = String.format("bench-%05d", n);
        String otherField = THEMES.get((n * 7 + 3) % THEMES.size()).field();
        String fields = theme.field().equals(otherField) ? theme.field() : theme.field() + ";" + otherField;
        String profileJa = place.ja() + "を拠点に、" + theme.ja() + "の分野で地域の中小企業と大学・公設試験研究機関を結び、"
                + "技術相談から事業化、販路開拓までを一貫して支援しています。";
        String profileEn = "Based in " + place.en() + ", we connect local SMEs with universities and public research"
                + " institutes in " + theme.en().toLowerCase() + ", from technical consultation to commercialisation.";
        StringBuilder contacts = new StringBuilder();
        for (int k = 1; k <= CONTACTS; k++) {
            contacts.append(k > 1 ? ";" : "").append("担当者").append(k).append(' ').append(place.ja())
                    .append(" <staff").append(k).append('.').append(alias).append("@bench.example>");
        }
        return String.join(",", java.util.stream.Stream.of(alias, nameJa, nameEn, reading, body.legalForm(), "member",
                place.en(), "https://" + alias + ".bench.example/", fields, profileJa, profileEn, contacts.toString())
                .map(BenchOrganizations::quoted).toList());
    }

    /** RFC 4180: in quotes, quotes doubled. */
    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
