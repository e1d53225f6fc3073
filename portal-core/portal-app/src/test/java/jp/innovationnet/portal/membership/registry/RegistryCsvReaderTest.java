package jp.innovationnet.portal.membership.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;

class RegistryCsvReaderTest {

    private static final Path PUBLISHED = Path.of("../../data/members-2009.csv");
    private static final String HEADER = "seq,name_ja,name_en,legal_form,prefecture,region\n";

    private final RegistryCsvReader reader = new RegistryCsvReader();

    private ImportReport read(String csv) {
        return reader.read("test.csv", csv.getBytes(StandardCharsets.UTF_8), RegistrySnapshot.EMPTY);
    }

    private static List<String> where(ImportReport report) {
        return report.problems().stream().map(p -> p.line() + " " + p.column() + " " + p.severity().code()).toList();
    }

    @Test
    void thePublishedListReadsWithTwoRowsWithoutPlaceAsWarnings() throws IOException {
        ImportReport report = reader.read("members-2009.csv", Files.readAllBytes(PUBLISHED), RegistrySnapshot.EMPTY);
        assertThat(report.rows()).isEqualTo(65);
        assertThat(report.rowsRead()).hasSize(65);
        assertThat(where(report)).containsExactly("17 prefecture warning", "17 region warning",
                "43 prefecture warning", "43 region warning");
        Map<String, ImportRow> byAlias = report.rowsRead().stream()
                .collect(Collectors.toMap(ImportRow::alias, r -> r));
        assertThat(byAlias.get("tama").memberNumber()).isEqualTo(14);
        assertThat(byAlias.get("tama").line()).isEqualTo(15);
        assertThat(byAlias.get("hamamatsu-technopolis").profile().nameJa()).isEqualTo("財団法人浜松地域テクノポリス推進機構");
        assertThat(byAlias).containsKeys("iwate-industry-promotion-center", "org-21-aomori-industrial-support-center",
                "bank-of-kyoto");
        ImportRow cosmos = report.rowsRead().get(5);
        assertThat(cosmos.profile().nameJa()).as("names keep the text as written").isEqualTo("株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構");
        assertThat(cosmos.profile().legalForm()).isEqualTo(LegalForm.COMPANY);
        assertThat(cosmos.profile().prefecture()).isEqualTo(Prefecture.MIYAGI);
        assertThat(cosmos.kind()).isEqualTo(OrganizationKind.MEMBER);
        assertThat(cosmos.membershipClass()).isEqualTo(MembershipClass.FULL);
        assertThat(cosmos.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(report.rowsRead().get(15).profile().prefecture()).isNull();
    }

    @Test
    void everyProblemIsReportedByLineAndColumn() {
        ImportReport report = read(HEADER
                + "1,財団法人いわて産業振興センター,Iwate,foundation,Iwate,Tohoku\n"
                + "2,,Nameless,foundation,Tokyo,Kanto\n"
                + "3,東京テスト,Tokyo Test,charity,Tokio,Kanto\n"
                + "4,大阪テスト,,foundation,Osaka,Kanto\n"
                + "x,京都テスト,Kyoto Test,foundation,Kyoto,Atlantis\n");
        assertThat(where(report)).containsExactly(
                "3 name_ja error",
                "4 legal_form error", "4 prefecture error",
                "5 name_en error", "5 region error",
                "6 seq error", "6 region error");
        assertThat(report.problems().get(1).messageEn()).contains("charity").contains("foundation");
        assertThat(report.problems().get(1).messageJa()).contains("不明な値");
        assertThat(report.rowsRead()).extracting(ImportRow::line).containsExactly(2L);
    }

    @Test
    void duplicatesIgnoreWidthKanaAndLegalForm() {
        ImportReport report = read(HEADER
                + "1,株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構,Intelligent Cosmos,company,Miyagi,Tohoku\n"
                + "2,インテリジェント・コスモス研究機構,Intelligent Cosmos 2,company,Miyagi,Tohoku\n"
                + "3,（公財）いわて産業振興センター,Iwate,foundation,Iwate,Tohoku\n");
        RegistrySnapshot registry = new RegistrySnapshot(Set.of("iwate"),
                Map.of(jp.innovationnet.portal.text.JapaneseText.foldName("財団法人イワテ産業振興センター"), "iwate"));
        ImportReport againstRegistry = reader.read("t.csv", (HEADER
                + "3,（公財）いわて産業振興センター,Iwate,foundation,Iwate,Tohoku\n").getBytes(StandardCharsets.UTF_8),
                registry);
        assertThat(where(report)).containsExactly("3 name_ja error");
        assertThat(report.problems().get(0).messageEn()).contains("line 2");
        assertThat(where(againstRegistry)).containsExactly("2 name_ja error");
        assertThat(againstRegistry.problems().get(0).messageEn()).contains("iwate");
    }

    @Test
    void aliasesAreCheckedAndDerivedAliasesMadeUnique() {
        String header = "name_ja,name_en,alias,prefecture\n";
        ImportReport report = read(header
                + "京都銀行,Bank of Kyoto,,Kyoto\n"
                + "京都銀行二,Bank of Kyoto,,Kyoto\n"
                + "京都銀行三,Bank of Kyoto,Bad Alias,Kyoto\n"
                + "京都銀行四,Bank of Kyoto,kyoto4,Kyoto\n"
                + "京都銀行五,Bank of Kyoto,kyoto4,Kyoto\n"
                + "京都銀行六,Bank of Kyoto,bank-of-kyoto,Kyoto\n");
        assertThat(report.rowsRead()).extracting(ImportRow::alias, ImportRow::aliasDerived)
                .containsExactly(tuple("bank-of-kyoto", true), tuple("bank-of-kyoto-2", true), tuple("kyoto4", false));
        assertThat(where(report)).containsExactly("4 alias error", "6 alias error", "7 alias error");
        ImportReport taken = reader.read("t.csv", (header + "京都銀行,Bank of Kyoto,,Kyoto\n滋賀銀行,Shiga,bank,Shiga\n")
                .getBytes(StandardCharsets.UTF_8), new RegistrySnapshot(Set.of("bank-of-kyoto", "bank"), Map.of()));
        assertThat(taken.rowsRead()).extracting(ImportRow::alias).containsExactly("bank-of-kyoto-2");
        assertThat(where(taken)).containsExactly("3 alias error");
    }

    @Test
    void headerProblemsAreLineOne() {
        assertThat(where(read("seq,name_ja,colour\n1,x,red\n"))).containsExactly("1 colour error", "1 name_en error");
    }

    @Test
    void quotedValuesMayHoldCommasAndLineBreaksAndLineNumbersFollowTheFile() {
        ImportReport report = read("name_ja,name_en,profile_ja,prefecture\n"
                + "甲,\"Alpha, Inc.\",\"一行目\n二行目\",Tokyo\n"
                + "\n"
                + "乙,Beta,,Tokio\n");
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.rowsRead().get(0).profile().nameEn()).isEqualTo("Alpha, Inc.");
        assertThat(report.rowsRead().get(0).profile().profileJa()).isEqualTo("一行目\n二行目");
        assertThat(where(report)).containsExactly("5 prefecture error");
    }

    @Test
    void malformedFilesAreReportedNotThrown() {
        assertThat(where(read(HEADER + "1,\"unterminated,x,foundation,Tokyo,Kanto\n"))).containsExactly("2  error");
        assertThat(where(read(HEADER + "1,甲,A,foundation\n"))).containsExactly("2  error");
        ImportReport notUtf8 = reader.read("sjis.csv", HEADER.concat("1,財団,A,,,\n").getBytes(java.nio.charset.Charset
                .forName("Shift_JIS")), RegistrySnapshot.EMPTY);
        assertThat(where(notUtf8)).containsExactly("0  error");
    }

    @Test
    void richColumnsAreReadAndBadValuesReported() {
        String header = "alias,name_ja,name_en,reading,kind,membership_class,status,prefecture,region,postal_code,"
                + "website,fields,services,contacts\n";
        ImportReport report = read(header
                + "jst,科学技術振興機構,JST,かがくぎじゅつしんこうきこう,steering-agency,,active,東京都,,102-0076,"
                + "https://www.jst.go.jp/,it;life-science,rd-funding,山田 太郎 <yamada@jst.example>; 佐藤 <sato@jst.example>\n"
                + "bad,悪い例,Bad,漢字,steering-agency,full,gone,13,Kinki,1020076x,ftp://x,"
                + "it;magic,,no address\n");
        ImportRow jst = report.rowsRead().get(0);
        assertThat(jst.kind()).isEqualTo(OrganizationKind.STEERING_AGENCY);
        assertThat(jst.membershipClass()).isNull();
        assertThat(jst.profile().region()).isEqualTo(Region.KANTO);
        assertThat(jst.profile().fields()).containsExactlyInAnyOrder(ActivityField.IT, ActivityField.LIFE_SCIENCE);
        assertThat(jst.profile().services()).containsExactly(SupportService.RD_FUNDING);
        assertThat(jst.profile().contacts()).extracting(c -> c.name() + "|" + c.email() + "|" + c.primary())
                .containsExactly("山田 太郎|yamada@jst.example|true", "佐藤|sato@jst.example|false");
        assertThat(where(report)).containsExactly("3 reading error", "3 membership_class error", "3 status error",
                "3 region error", "3 postal_code error", "3 website error", "3 fields error", "3 contacts error");
    }

    @Test
    void whatTheWriterWritesReadsBackToTheSameOrganizations() throws IOException {
        ImportReport original = reader.read("members-2009.csv", Files.readAllBytes(PUBLISHED), RegistrySnapshot.EMPTY);
        String rich = "alias,name_ja,name_en,reading,kind,status,prefecture,postal_code,address_ja,address_en,website,"
                + "fields,services,profile_ja,profile_en,contacts\n"
                + "jst,科学技術振興機構,JST,かがくぎじゅつしんこうきこう,steering-agency,suspended,Tokyo,102-0076,"
                + "東京都千代田区,\"Chiyoda, Tokyo\",https://www.jst.go.jp/,it;life-science,rd-funding,"
                + "\"研究開発を支援します。\n\"\"引用\"\"\",R&D,山田 <yamada@jst.example>;佐藤 <sato@jst.example>\n";
        List<ImportRow> rows = new java.util.ArrayList<>(original.rowsRead());
        rows.addAll(read(rich).rowsRead());
        List<Organization> organizations = rows.stream().map(ImportRow::toOrganization).toList();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegistryCsvWriter().write(organizations, out);
        byte[] exported = out.toByteArray();
        assertThat(exported).startsWith(0xEF, 0xBB, 0xBF);
        ImportReport again = reader.read("export.csv", exported, RegistrySnapshot.EMPTY);

        assertThat(again.problems()).extracting(ImportProblem::severity).containsOnly(ImportProblem.Severity.WARNING);
        assertThat(again.rowsRead()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ImportRow before = rows.get(i);
            ImportRow after = again.rowsRead().get(i);
            assertThat(after.alias()).isEqualTo(before.alias());
            assertThat(after.profile()).isEqualTo(before.profile());
            assertThat(after.kind()).isEqualTo(before.kind());
            assertThat(after.membershipClass()).isEqualTo(before.membershipClass());
            assertThat(after.memberNumber()).isEqualTo(before.memberNumber());
            assertThat(after.status()).isEqualTo(before.status());
        }
    }
}
