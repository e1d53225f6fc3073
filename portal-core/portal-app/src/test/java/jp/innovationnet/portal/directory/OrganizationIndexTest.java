package jp.innovationnet.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;

class OrganizationIndexTest {

    private OrganizationIndex index;

    private static DirectoryEntry entry(String id, String nameJa, String nameEn, String reading, Prefecture prefecture,
                                        MembershipStatus status, Set<ActivityField> fields, String profileJa) {
        return new DirectoryEntry(id, status, OrganizationKind.MEMBER, nameJa, nameEn, reading, LegalForm.FOUNDATION,
                prefecture, prefecture == null ? null : prefecture.region(), null, null, null, null, fields,
                Set.of(SupportService.SME_SUPPORT), profileJa, "Profile of " + nameEn);
    }

    @BeforeEach
    void fill() {
        index = new OrganizationIndex();
        index.replaceAll(List.of(
                entry("iwate", "財団法人いわて産業振興センター", "Iwate Industry Promotion Center", "いわてさんぎょうしんこうせんたー",
                        Prefecture.IWATE, MembershipStatus.ACTIVE, Set.of(ActivityField.IT), "岩手県の中小企業を支援"),
                entry("cosmos", "株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構", "Intelligent Cosmos Research Institute", null,
                        Prefecture.MIYAGI, MembershipStatus.ACTIVE, Set.of(ActivityField.IT, ActivityField.NANO_MATERIALS), null),
                entry("aomori", "財団法人２１あおもり産業総合支援センター", "21 Aomori Industrial Support Center", "にじゅういちあおもり",
                        Prefecture.AOMORI, MembershipStatus.ACTIVE, Set.of(ActivityField.AGRI_FOOD), null),
                entry("tama", "社団法人首都圏産業活性化協会", "Technology Advanced Metropolitan Area Association (TAMA)",
                        "しゅとけんさんぎょうかっせいかきょうかい", Prefecture.TOKYO, MembershipStatus.ACTIVE,
                        Set.of(ActivityField.MANUFACTURING), null),
                entry("gone", "財団法人いわて退会団体", "Iwate Withdrawn", "いわてたいかい", Prefecture.IWATE,
                        MembershipStatus.WITHDRAWN, Set.of(), null)));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private List<String> ids(String text) {
        return ids(query(text, Set.of(), Set.of(), DirectoryView.FULL, DirectorySort.READING, 20, Optional.empty()));
    }

    private static DirectoryQuery query(String text, Set<Region> regions, Set<ActivityField> fields, DirectoryView view,
                                        DirectorySort sort, int limit, Optional<DirectoryCursor> after) {
        return new DirectoryQuery(text, regions, Set.of(), Set.of(), fields, Set.of(), view, sort, limit, after);
    }

    private List<String> ids(DirectoryQuery query) {
        return index.search(query).items().stream().map(OrganizationIndexTest::json).map(j -> j.getString("id")).toList();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void japaneseMatchesAsPeopleTypeIt() {
        assertThat(ids("いわて")).containsExactly("iwate");
        assertThat(ids("イワテ")).containsExactly("iwate");
        assertThat(ids("ｲﾜﾃ")).containsExactly("iwate");
        assertThat(ids("財団法人いわて")).containsExactly("iwate");
        assertThat(ids("（公財）いわて産業")).containsExactly("iwate");
        assertThat(ids("インテリジェント")).containsExactly("cosmos");
        assertThat(ids("ｺｽﾓｽ研究")).containsExactly("cosmos");
        assertThat(ids("21あおもり")).containsExactly("aomori");
        assertThat(ids("２１")).containsExactly("aomori");
        assertThat(ids("中小企業")).as("profile text").containsExactly("iwate");
        assertThat(ids("京")).as("a single character").isEmpty();
        assertThat(ids("首")).containsExactly("tama");
    }

    @Test
    void kanaFindsKanjiOnlyThroughTheReading() {
        assertThat(ids("さんぎょう")).as("いわて before しゅとけん").containsExactly("iwate", "tama");
        assertThat(ids("ｻﾝｷﾞｮｳ")).containsExactly("iwate", "tama");
        assertThat(ids("産業")).as("the kanji finds all three").containsExactly("iwate", "tama", "aomori");
        assertThat(ids("けんきゅう")).as("cosmos has no reading").isEmpty();
    }

    @Test
    void englishWordsMatchAnywhereInAnyCase() {
        assertThat(ids("industry promotion")).containsExactly("iwate");
        assertThat(ids("PROMOTION INDUSTRY")).containsExactly("iwate");
        assertThat(ids("tama")).containsExactly("tama");
        assertThat(ids("institute")).containsExactly("cosmos");
        assertThat(ids("industrial")).containsExactly("aomori");
    }

    @Test
    void sortedByReadingThenNameWithoutLegalForm() {
        // にじゅういち..., しゅとけん..., いわて...: gojūon; cosmos has no reading and sorts by its name ｲﾝﾃﾘ...
        assertThat(ids("")).containsExactly("iwate", "cosmos", "tama", "aomori");
    }

    @Test
    void sortedByEnglishName() {
        assertThat(ids(query("", Set.of(), Set.of(), DirectoryView.FULL, DirectorySort.NAME_EN, 20, Optional.empty())))
                .containsExactly("aomori", "cosmos", "iwate", "tama");
    }

    @Test
    void filtersCombine() {
        assertThat(ids(query("", Set.of(Region.TOHOKU), Set.of(), DirectoryView.FULL, DirectorySort.READING, 20,
                Optional.empty()))).containsExactly("iwate", "cosmos", "aomori");
        assertThat(ids(query("", Set.of(Region.TOHOKU), Set.of(ActivityField.IT), DirectoryView.FULL,
                DirectorySort.READING, 20, Optional.empty()))).containsExactly("iwate", "cosmos");
        assertThat(ids(query("", Set.of(), Set.of(ActivityField.AGRI_FOOD, ActivityField.MANUFACTURING),
                DirectoryView.FULL, DirectorySort.READING, 20, Optional.empty()))).containsExactly("tama", "aomori");
        DirectoryQuery withdrawn = new DirectoryQuery("いわて", Set.of(), Set.of(), Set.of(), Set.of(),
                EnumSet.allOf(MembershipStatus.class), DirectoryView.FULL, DirectorySort.READING, 20, Optional.empty());
        assertThat(ids(withdrawn)).containsExactly("iwate", "gone");
    }

    @Test
    void pagesFollowTheCursorWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        Optional<DirectoryCursor> after = Optional.empty();
        int pages = 0;
        do {
            DirectoryPage page = index.search(query("", Set.of(), Set.of(), DirectoryView.FULL, DirectorySort.READING, 1,
                    after));
            assertThat(page.total()).isEqualTo(4);
            page.items().forEach(i -> seen.add(json(i).getString("id")));
            after = page.next().map(c -> DirectoryCursor.parse(c.token()).orElseThrow());
            pages++;
        } while (after.isPresent());
        assertThat(pages).isEqualTo(4);
        assertThat(seen).containsExactly("iwate", "cosmos", "tama", "aomori");
    }

    @Test
    void theEnglishViewShowsAndSearchesEnglishOnly() {
        DirectoryPage page = index.search(query("promotion", Set.of(), Set.of(), DirectoryView.ENGLISH,
                DirectorySort.NAME_EN, 20, Optional.empty()));
        JsonObject iwate = json(page.items().get(0));
        assertThat(iwate.getString("name")).isEqualTo("Iwate Industry Promotion Center");
        assertThat(iwate.getString("prefecture")).isEqualTo("Iwate");
        assertThat(page.items().get(0)).doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
        assertThat(index.search(query("いわて", Set.of(), Set.of(), DirectoryView.ENGLISH, DirectorySort.NAME_EN, 20,
                Optional.empty())).total()).isZero();
    }

    @Test
    void updatesReplaceAndRemoveEntries() {
        index.update(List.of(entry("iwate", "財団法人いわて産業振興センター", "Iwate Renamed", null, Prefecture.IWATE,
                MembershipStatus.SUSPENDED, Set.of(), null)), List.of("tama"));
        assertThat(ids("いわて")).isEmpty();
        assertThat(ids("")).containsExactly("cosmos", "aomori");
        assertThat(index.size()).isEqualTo(4);
    }

    @Test
    void cursorsRoundTripAndRejectGarbage() {
        DirectoryCursor cursor = new DirectoryCursor(DirectorySort.READING, "0a1b", "iwate");
        assertThat(DirectoryCursor.parse(cursor.token())).contains(cursor);
        assertThat(DirectoryCursor.parse("not a cursor")).isEmpty();
        assertThat(DirectoryCursor.parse(java.util.Base64.getUrlEncoder().encodeToString("reading~zz~iwate".getBytes())))
                .isEmpty();
    }
}
