package jp.innovationnet.portal.it.directory;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.Registry;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

/**
 * The member directory as logged-in users search it: Japanese as people type it (width, kana, legal forms), English,
 * filters, both orders, cursor paging, the English view of overseas partners, public data only. The published list
 * is imported, and five organizations of this test's own (their names carry a random token, so that exact results
 * can be asserted in a registry other tests share).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class DirectorySearchIT {

    private static final String T = Registry.token();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void importOrganizations() {
        Registry.ensurePublishedImported();
        String csv = "alias,name_ja,name_en,reading,kind,status,prefecture,fields,profile_ja,profile_en,contacts\n"
                + "ds-" + T + "-a,財団法人みやこ検索試験センター" + T + ",Miyako Search Test Center " + T
                + ",みやこけんさくしけんせんたー,member,active,Iwate,it,沿岸の水産加工を支援,Supports seafood processors,"
                + "試験 太郎 <taro-" + T + "@ds.example>\n"
                + "ds-" + T + "-b,株式会社ｻｸﾗ検索試験" + T + ",Sakura Search Test " + T + ",さくらけんさくしけん,member,active,"
                + "東京都,manufacturing;life-science,,,\n"
                + "ds-" + T + "-c,検索試験あおば協会" + T + ",Aoba Search Test Association " + T + ",,member,active,Miyagi,"
                + "it,,,\n"
                + "ds-" + T + "-d,財団法人検索試験停止" + T + ",Suspended Search Test " + T + ",,member,suspended,Osaka,"
                + "it,,,\n"
                + "ds-" + T + "-e,検索試験機構" + T + ",Kensaku Test Agency " + T + ",,steering-agency,active,13,it,,,\n";
        HttpResponse<String> imported = Registry.importAll("directory-search.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    private static HttpResponse<String> search(DemoUser user, String query) {
        return as(user).get("/api/directory/organizations?" + query);
    }

    private static JsonObject page(DemoUser user, String query) {
        HttpResponse<String> response = search(user, query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return (JsonObject) PortalClient.json(response);
    }

    private static List<String> ids(DemoUser user, String query) {
        return page(user, query).getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private static List<String> ids(String query) {
        return ids(DemoUser.MEMBER_STAFF, query);
    }

    private static List<String> namesJa(String text) {
        return page(DemoUser.MEMBER_STAFF, "limit=100&q=" + q(text)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("nameJa")).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String id(String letter) {
        return "ds-" + T + "-" + letter;
    }

    @Test
    void japaneseMatchesAsPeopleTypeIt() {
        assertThat(namesJa("いわて")).contains("財団法人いわて産業振興センター");
        assertThat(namesJa("イワテ産業")).contains("財団法人いわて産業振興センター");
        assertThat(namesJa("財団法人いわて")).contains("財団法人いわて産業振興センター");
        assertThat(namesJa("（公財）いわて産業振興センター")).containsExactly("財団法人いわて産業振興センター");
        assertThat(namesJa("インテリジェント")).containsExactly("株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構");
        assertThat(namesJa("ｲﾝﾃﾘｼﾞｪﾝﾄ")).containsExactly("株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構");
        assertThat(namesJa("いんてりじぇんと・こすもす")).containsExactly("株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構");
        assertThat(namesJa("２１あおもり")).containsExactly("財団法人２１あおもり産業総合支援センター");
        assertThat(namesJa("SIIQ")).containsExactly("九州半導体イノベーション協議会（ＳＩＩＱ）");
        assertThat(ids("q=" + q(T + " ｻｸﾗ"))).containsExactly(id("b"));
        assertThat(ids("q=" + q(T + " さくら"))).containsExactly(id("b"));
        assertThat(ids("q=" + q(T + " 水産加工"))).as("profile text").containsExactly(id("a"));
    }

    @Test
    void kanaFindsKanjiThroughTheReadingOnly() {
        assertThat(ids("q=" + q(T + " けんさくしけん"))).as("a and b have readings; c and e do not")
                .containsExactly(id("b"), id("a"));
        assertThat(ids("q=" + q(T + " ｹﾝｻｸｼｹﾝ"))).containsExactly(id("b"), id("a"));
        assertThat(ids("q=" + q(T + " 検索試験"))).containsExactly(id("b"), id("a"), id("c"), id("e"));
    }

    @Test
    void englishWordsMatchInAnyOrderAndCase() {
        assertThat(namesJa("industry promotion iwate")).containsExactly("財団法人いわて産業振興センター");
        assertThat(ids("q=" + q("SEARCH TEST " + T.toUpperCase() + " sakura"))).containsExactly(id("b"));
        assertThat(ids("q=" + q(T + " seafood"))).containsExactly(id("a"));
    }

    @Test
    void sortedByReadingOrByEnglishName() {
        // readings さくら… and みやこ…, then names without reading in Japanese order (検索試験あ… before 検索試験機…)
        assertThat(ids("q=" + T)).containsExactly(id("b"), id("a"), id("c"), id("e"));
        assertThat(ids("q=" + T + "&sort=name-en")).containsExactly(id("c"), id("e"), id("a"), id("b"));
    }

    @Test
    void filtersCombine() {
        assertThat(ids("q=" + T + "&region=Tohoku")).containsExactly(id("a"), id("c"));
        assertThat(ids("q=" + T + "&region=" + q("関東"))).containsExactly(id("b"), id("e"));
        assertThat(ids("q=" + T + "&prefecture=" + q("東京都"))).containsExactly(id("b"), id("e"));
        assertThat(ids("q=" + T + "&prefecture=Iwate&prefecture=04")).containsExactly(id("a"), id("c"));
        assertThat(ids("q=" + T + "&kind=steering-agency")).containsExactly(id("e"));
        assertThat(ids("q=" + T + "&field=life-science")).containsExactly(id("b"));
        assertThat(ids("q=" + T + "&field=life-science&field=it&region=Tohoku")).containsExactly(id("a"), id("c"));
        assertThat(page(DemoUser.MEMBER_STAFF, "region=Tohoku&limit=100").getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonObject("region").getString("en"))).containsOnly("Tohoku");
    }

    @Test
    void onlyTheSecretariatSeesOrganizationsThatAreNotActive() {
        assertThat(ids(DemoUser.SECRETARIAT, "q=" + T + "&status=all")).as("検索試験機… before 検索試験停…")
                .containsExactly(id("b"), id("a"), id("c"), id("e"), id("d"));
        assertThat(ids(DemoUser.SECRETARIAT, "q=" + T + "&status=suspended")).containsExactly(id("d"));
        assertThat(ids(DemoUser.SECRETARIAT, "q=" + T)).doesNotContain(id("d"));
        HttpResponse<String> forbidden = search(DemoUser.MEMBER_ADMIN, "q=" + T + "&status=all");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pagesFollowTheCursor() {
        List<String> seen = new ArrayList<>();
        String query = "q=" + T + "&limit=1";
        JsonObject page = page(DemoUser.COORDINATOR, query);
        assertThat(page.getInt("total")).isEqualTo(4);
        while (true) {
            page.getJsonArray("items").forEach(v -> seen.add(v.asJsonObject().getString("id")));
            if (page.isNull("next")) {
                break;
            }
            page = page(DemoUser.COORDINATOR, query + "&cursor=" + page.getString("next"));
        }
        assertThat(seen).containsExactly(id("b"), id("a"), id("c"), id("e"));

        JsonObject all = page(DemoUser.MEMBER_STAFF, "limit=100");
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(69);
        List<String> everything = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject p = page(DemoUser.MEMBER_STAFF, "limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
            p.getJsonArray("items").forEach(v -> everything.add(v.asJsonObject().getString("id")));
            cursor = p.isNull("next") ? null : p.getString("next");
        } while (cursor != null);
        assertThat(everything).hasSize(all.getInt("total")).doesNotHaveDuplicates();
    }

    @Test
    void overseasPartnersGetTheEnglishView() {
        JsonObject page = page(DemoUser.OVERSEAS_PARTNER, "q=" + T);
        assertThat(page.getString("view")).isEqualTo("english");
        assertThat(page.getString("sort")).isEqualTo("name-en");
        assertThat(page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")))
                .containsExactly(id("c"), id("e"), id("a"), id("b"));
        JsonObject a = page.getJsonArray("items").getJsonObject(2);
        assertThat(a.getString("name")).isEqualTo("Miyako Search Test Center " + T);
        assertThat(a.getString("prefecture")).isEqualTo("Iwate");
        assertThat(a.getString("profile")).isEqualTo("Supports seafood processors");
        assertThat(a.keySet()).doesNotContain("nameJa", "reading", "profileJa", "addressJa");
        assertThat(search(DemoUser.OVERSEAS_PARTNER, "limit=100").body())
                .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(ids(DemoUser.OVERSEAS_PARTNER, "q=" + q(T + " 検索"))).as("searched in English only").isEmpty();
    }

    @Test
    void resultsShowPublicDataOnly() {
        for (DemoUser user : DemoUser.values()) {
            String body = search(user, "q=" + T + "&limit=100").body();
            assertThat(body).as(user.name()).contains(id("a")).doesNotContain("taro-" + T)
                    .doesNotContain("contacts").doesNotContain("試験 太郎").doesNotContain("domains");
        }
    }

    @Test
    void theIndexFollowsChangesOnceCommitted() {
        String other = Registry.token();
        String x = "ds-" + other + "-x";
        HttpResponse<String> imported = Registry.importAll("one.csv", ("alias,name_ja,name_en,prefecture\n" + x
                + ",追加試験" + other + ",Added " + other + ",Nara\n").getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(ids("q=" + q("追加試験" + other))).containsExactly(x);
        HttpResponse<String> suspended = as(DemoUser.SECRETARIAT).putBytes("/api/organizations/" + x + "/status",
                "application/json", "{\"status\":\"suspended\",\"reason\":\"test\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(ids("q=" + q("追加試験" + other))).isEmpty();
        assertThat(ids(DemoUser.SECRETARIAT, "status=suspended&q=" + q("追加試験" + other))).containsExactly(x);
    }

    @Test
    void anonymousCallersAndBadParametersGetProblems() {
        HttpResponse<String> anonymous = PortalClient.anonymous().get("/api/directory/organizations?q=x");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        for (String[] bad : new String[][] {{"limit=0", "limit"}, {"limit=101", "limit"}, {"limit=x", "limit"},
                {"region=Atlantis", "region"}, {"prefecture=Tokio", "prefecture"}, {"kind=club", "kind"},
                {"field=magic", "field"}, {"sort=random", "sort"}, {"cursor=garbage", "cursor"}}) {
            HttpResponse<String> response = search(DemoUser.MEMBER_STAFF, bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").keySet()).containsExactly(bad[1]);
        }
        String readingCursor = page(DemoUser.MEMBER_STAFF, "limit=1").getString("next");
        assertThat(search(DemoUser.MEMBER_STAFF, "sort=name-en&cursor=" + readingCursor).statusCode()).isEqualTo(400);
        assertThat(page(DemoUser.MEMBER_STAFF, "q=" + q("・ - ")).getInt("total"))
                .as("punctuation alone is no condition").isEqualTo(page(DemoUser.MEMBER_STAFF, "").getInt("total"));
    }
}
