package jp.innovationnet.portal.it.registry;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.Registry;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * The secretariat's CSV import and export of the registry, against the real published member list: a dry run that
 * reports every problem by line and writes nothing, an all-or-nothing real run, duplicates found against the
 * registry, and an export that imports back to the same values. Only the secretariat may use it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class RegistryImportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return (JsonObject) PortalClient.json(response);
    }

    private static List<String> where(JsonObject report) {
        return report.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getInt("line") + " " + p.getString("column") + " " + p.getString("severity")).toList();
    }

    private static Map<String, CSVRecord> byAlias(List<CSVRecord> export) {
        return export.stream().collect(Collectors.toMap(r -> r.get("alias"), r -> r));
    }

    @Test
    void theDryRunOfThePublishedListReportsExactlyItsProblemsByLineAndWritesNothing() {
        List<CSVRecord> before = Registry.export();
        Set<String> aliases = before.stream().map(r -> r.get("alias")).collect(Collectors.toSet());
        Set<String> names = before.stream().map(r -> JapaneseText.foldName(r.get("name_ja"))).collect(Collectors.toSet());
        // what the file itself has: two members without prefecture and region (seq 16 and 42, lines 17 and 43);
        // and, since tests share the registry, a duplicate error for each of its organizations already registered
        List<String> expected = new ArrayList<>();
        List<String> lines = Registry.publishedLines();
        for (int line = 2; line <= lines.size(); line++) {
            String[] cells = lines.get(line - 1).split(",", -1);
            if (cells[4].isEmpty()) {
                expected.add(line + " prefecture warning");
                expected.add(line + " region warning");
            }
            if (names.contains(JapaneseText.foldName(cells[1]))) {
                expected.add(line + " name_ja error");
            }
            if (aliases.contains(cells[6])) {
                expected.add(line + " alias error");
            }
        }

        HttpResponse<String> response = Registry.dryRun("members-2009.csv", Registry.published());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject report = json(response);
        assertThat(report.getInt("rows")).isEqualTo(65);
        assertThat(report.getBoolean("dryRun")).isTrue();
        assertThat(report.getInt("imported")).isZero();
        assertThat(where(report)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(where(report)).contains("17 prefecture warning", "17 region warning", "43 prefecture warning",
                "43 region warning");
        JsonObject warning = report.getJsonArray("problems").getJsonObject(0);
        assertThat(warning.getJsonObject("message").getString("ja")).isNotBlank();
        assertThat(warning.getJsonObject("message").getString("en")).isNotBlank();
        assertThat(Registry.export()).as("a dry run writes nothing").hasSameSizeAs(before);
    }

    @Test
    void theRealRunRegistersThePublishedListWithHistoryAndTheDemoAliases() {
        Registry.ensurePublishedImported();

        Map<String, CSVRecord> registry = byAlias(Registry.export());
        Set<String> names = registry.values().stream().map(r -> JapaneseText.foldName(r.get("name_ja")))
                .collect(Collectors.toSet());
        for (String line : Registry.publishedLines().subList(1, 66)) {
            assertThat(names).as(line).contains(JapaneseText.foldName(line.split(",")[1]));
        }
        assertThat(registry).containsKeys("tama", "hamamatsu-technopolis", "iwate-industry-promotion-center");
        CSVRecord iwate = registry.get("iwate-industry-promotion-center");
        assertThat(iwate.get("name_ja")).isEqualTo("財団法人いわて産業振興センター");
        assertThat(iwate.get("seq")).isEqualTo("4");
        assertThat(iwate.get("status")).isEqualTo("active");
        assertThat(iwate.get("membership_class")).isEqualTo("full");
        assertThat(iwate.get("prefecture")).isEqualTo("Iwate");
        assertThat(registry.get("intelligent-cosmos-research-institute").get("name_ja"))
                .as("names keep the text as written").isEqualTo("株式会社ｲﾝﾃﾘｼﾞｪﾝﾄ･ｺｽﾓｽ研究機構");
        JsonArray audit = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=organization&targetId=iwate-industry-promotion-center"));
        JsonObject registered = audit.getJsonObject(audit.size() - 1);
        assertThat(registered.getString("action")).isEqualTo("organization.registered");
        assertThat(registered.getString("actorName")).isEqualTo("jilc.secretariat");

        HttpResponse<String> again = Registry.importAll("members-2009.csv", Registry.published());
        assertThat(again.statusCode()).as("every row is a duplicate now").isEqualTo(422);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonObject problem = json(again);
        assertThat(problem.getJsonObject("errors").keySet()).contains("line 5: name_ja", "line 15: alias",
                "line 15: name_ja");
        assertThat(problem.getInt("imported")).isZero();
        assertThat(Registry.export()).hasSameSizeAs(registry.values());
    }

    @Test
    void oneBadLineAndNothingIsImported() {
        String t = Registry.token();
        String csv = "seq,name_ja,name_en,legal_form,prefecture,region\n"
                + ",財団法人全部試験一" + t + ",All Or Nothing One " + t + ",foundation,Tokyo,Kanto\n"
                + ",財団法人全部試験二" + t + ",All Or Nothing Two " + t + ",foundation,Osaka,Kinki\n"
                + ",財団法人全部試験三" + t + ",All Or Nothing Three " + t + ",foundation,Tokio,Kanto\n"
                + ",ｾﾞﾝﾌﾞｼｹﾝ" + t + ",All Or Nothing Four " + t + ",foundation,Kyoto,Kinki\n"
                + ",財団法人ゼンブシケン" + t + ",All Or Nothing Five " + t + ",foundation,Kyoto,Kinki\n";
        int before = Registry.export().size();

        HttpResponse<String> refused = Registry.importAll("bad.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonObject problem = json(refused);
        assertThat(problem.getInt("status")).isEqualTo(422);
        assertThat(problem.getJsonObject("errors").keySet()).containsExactlyInAnyOrder("line 4: prefecture",
                "line 6: name_ja");
        assertThat(problem.getJsonObject("errors").getString("line 6: name_ja")).contains("line 5");
        assertThat(Registry.export()).as("nothing was written").hasSize(before);
        assertThat(Registry.export().stream().map(r -> r.get("name_en"))).noneMatch(n -> n.contains(t));

        String fixed = csv.replace("Tokio", "Tokyo").replace(",財団法人ゼンブシケン" + t + ",All Or Nothing Five " + t
                + ",foundation,Kyoto,Kinki\n", "");
        HttpResponse<String> imported = Registry.importAll("fixed.csv", fixed.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).getInt("imported")).isEqualTo(4);
        assertThat(Registry.export()).hasSize(before + 4);
    }

    @Test
    void theExportImportsBackToTheSameValues() {
        String t = Registry.token();
        String header = "alias,name_ja,name_en,reading,legal_form,kind,membership_class,status,prefecture,region,"
                + "postal_code,address_ja,address_en,website,fields,services,profile_ja,profile_en,contacts";
        List<String> rows = List.of(
                "rt-" + t + "-a,財団法人往復試験センター" + t + ",Round Trip Center " + t + ",おうふくしけんせんたー,foundation,"
                        + "member,supporting,active,Hokkaido,Hokkaido,060-0001,北海道札幌市中央区,\"Chuo-ku, Sapporo\","
                        + "https://rt.example/,it;life-science,incubation;sme-support,\"道内の\n\"\"ものづくり\"\"を支援\","
                        + "Supports makers,往復 花子 <hanako-" + t + "@rt.example>; 往復 次郎 <jiro-" + t + "@rt.example>",
                "rt-" + t + "-b,往復試験機構" + t + ",Round Trip Agency " + t + ",,independent_administrative_agency,"
                        + "steering-agency,,active,Tokyo,Kanto,,,,,,rd-funding,,,");
        String csv = header + "\n" + String.join("\n", rows) + "\n";
        HttpResponse<String> imported = Registry.importAll("round-trip.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        Map<String, CSVRecord> export = byAlias(Registry.export());
        CSVRecord a = export.get("rt-" + t + "-a");
        assertThat(a.get("name_ja")).isEqualTo("財団法人往復試験センター" + t);
        assertThat(a.get("reading")).isEqualTo("おうふくしけんせんたー");
        assertThat(a.get("membership_class")).isEqualTo("supporting");
        assertThat(a.get("address_en")).isEqualTo("Chuo-ku, Sapporo");
        assertThat(a.get("profile_ja")).isEqualTo("道内の\n\"ものづくり\"を支援");
        assertThat(a.get("fields")).isEqualTo("it;life-science");
        assertThat(a.get("services")).isEqualTo("incubation;sme-support");
        assertThat(a.get("contacts")).isEqualTo("往復 花子 <hanako-" + t + "@rt.example>; 往復 次郎 <jiro-" + t
                + "@rt.example>");
        CSVRecord b = export.get("rt-" + t + "-b");
        assertThat(b.get("kind")).isEqualTo("steering-agency");
        assertThat(b.get("membership_class")).isEmpty();
        assertThat(b.get("legal_form")).isEqualTo("independent-administrative-agency");

        // the export, read back: nothing wrong with any value; only that every organization is registered already
        StringBuilder exported = new StringBuilder(String.join(",", a.getParser().getHeaderNames())).append('\n');
        for (CSVRecord record : List.of(a, b)) {
            exported.append(record.stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"")
                    .collect(Collectors.joining(","))).append('\n');
        }
        JsonObject report = json(Registry.dryRun("export.csv", exported.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(where(report)).as("the second row starts on line 4: the first has a line break in profile_ja")
                .containsExactlyInAnyOrder("2 name_ja error", "2 alias error", "4 name_ja error", "4 alias error");
        Set<String> columns = new HashSet<>(a.getParser().getHeaderNames());
        assertThat(columns).contains("seq", "alias", "name_ja", "name_en", "reading", "legal_form", "kind",
                "membership_class", "status", "prefecture", "region", "website", "fields", "services", "profile_ja",
                "profile_en");
    }

    @Test
    void onlyTheSecretariatImportsAndExports() {
        byte[] csv = Registry.published();
        for (DemoUser user : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF, DemoUser.COORDINATOR,
                DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            PortalClient client = as(user);
            for (HttpResponse<String> response : List.of(
                    client.postBytes("/api/registry/import/dry-run", "text/csv", csv),
                    client.postBytes("/api/registry/import", "text/csv", csv),
                    client.get("/api/registry/export"))) {
                assertThat(response.statusCode()).as(user + " " + response.uri()).isEqualTo(403);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
        }
        assertThat(PortalClient.anonymous().get("/api/registry/export").statusCode()).isEqualTo(401);
        assertThat(PortalClient.anonymous().postBytes("/api/registry/import", "text/csv", csv).statusCode())
                .isEqualTo(401);
    }

    @Test
    void badUploadsAreProblemsNamingTheField() {
        HttpResponse<String> empty = Registry.importAll("empty.csv", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).getJsonObject("errors").keySet()).containsExactly("file");

        HttpResponse<String> shiftJis = Registry.dryRun("sjis.csv",
                "seq,name_ja,name_en\n1,財団法人,Foundation\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        assertThat(shiftJis.statusCode()).isEqualTo(200);
        assertThat(where(json(shiftJis))).containsExactly("0  error");

        HttpResponse<String> noNames = Registry.importAll("x.csv", "seq,colour\n1,red\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noNames.statusCode()).isEqualTo(422);
        assertThat(json(noNames).getJsonObject("errors").keySet()).containsExactlyInAnyOrder("line 1: colour",
                "line 1: name_ja", "line 1: name_en");
    }
}
