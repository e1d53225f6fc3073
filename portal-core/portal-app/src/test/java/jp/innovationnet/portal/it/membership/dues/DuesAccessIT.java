package jp.innovationnet.portal.it.membership.dues;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonArray;
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
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.membership.dues.DuesFixtures.download;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what with dues: the secretariat everything; a member's administrator and staff read their own
 * organization's invoices and PDFs and nothing else; another organization's staff, steering agencies, overseas
 * partners and anonymous callers get nothing. And bad input gets a problem naming the field, changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class DuesAccessIT {

    private static final int YEAR = 2025;
    private static String tamaInvoice;
    private static String tamaNameEn;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void anInvoiceOfTama() {
        tamaNameEn = DuesFixtures.registerMember("tama", DuesLifecycleIT.TAMA_JA, DuesLifecycleIT.TAMA_EN, "full",
                "kaihi@tama.example").getString("nameEn");
        DuesFixtures.setDues(YEAR, "full", 120_000, "not-taxable");
        HttpResponse<String> issued = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices", """
                {"fiscalYear":%d,"organizationId":"tama","issueDate":"2025-05-01","dueDate":"2025-06-30"}"""
                .formatted(YEAR));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        tamaInvoice = ((JsonObject) PortalClient.json(issued)).getString("number");
    }

    @Test
    void membersOfTheOrganizationReadItsInvoicesAndPdfs() {
        for (DemoUser member : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF)) {
            HttpResponse<String> list = as(member).get("/api/dues/invoices");
            assertThat(list.statusCode()).as(member + " " + list.body()).isEqualTo(200);
            List<String> organizations = ((JsonArray) PortalClient.json(list)).stream()
                    .map(v -> v.asJsonObject().getString("organizationId")).distinct().toList();
            assertThat(organizations).as("only its own organization's").containsExactly("tama");
            assertThat(as(member).get("/api/dues/invoices?organizationId=dues-kyushu").body())
                    .as("asking for another's shows its own").doesNotContain("dues-kyushu");
            HttpResponse<String> one = as(member).get("/api/dues/invoices/" + tamaInvoice);
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(((JsonObject) PortalClient.json(one)).getJsonNumber("total").longValue()).isEqualTo(120_000);
            HttpResponse<byte[]> pdf = download(member, "/api/dues/invoices/" + tamaInvoice + "/pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(DuesFixtures.pdfText(pdf.body())).contains(tamaInvoice, "120,000円", "2025年度 年会費（正会員）");
        }
        assertThat(as(DemoUser.SECRETARIAT).get("/api/dues/invoices/" + tamaInvoice).statusCode()).isEqualTo(200);
    }

    @Test
    void anotherOrganizationSeesNothingOfIt() {
        for (DemoUser other : List.of(DemoUser.OTHER_MEMBER_STAFF, DemoUser.COORDINATOR)) {
            assertThat(as(other).get("/api/dues/invoices/" + tamaInvoice).statusCode()).isEqualTo(404);
            assertThat(download(other, "/api/dues/invoices/" + tamaInvoice + "/pdf").statusCode()).isEqualTo(404);
            assertThat(as(other).get("/api/dues/invoices?organizationId=tama").body()).doesNotContain(tamaInvoice);
        }
        for (DemoUser outsider : List.of(DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            HttpResponse<String> list = as(outsider).get("/api/dues/invoices");
            assertThat(list.statusCode()).isEqualTo(403);
            assertThat(list.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(as(outsider).get("/api/dues/invoices/" + tamaInvoice).statusCode()).isEqualTo(403);
            assertThat(download(outsider, "/api/dues/invoices/" + tamaInvoice + "/pdf").statusCode()).isEqualTo(403);
        }
        PortalClient anonymous = PortalClient.anonymous();
        assertThat(anonymous.get("/api/dues/invoices").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/dues/invoices/" + tamaInvoice).statusCode()).isEqualTo(401);
        assertThat(download(null, "/api/dues/invoices/" + tamaInvoice + "/pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheSecretariatManagesDues() {
        String payment = "{\"paidOn\":\"2025-06-01\",\"amount\":1000,\"method\":\"cash\"}";
        String issue = "{\"fiscalYear\":2025,\"organizationId\":\"tama\",\"dueDate\":\"2025-12-31\"}";
        List<Function<PortalClient, Integer>> secretariatOnly = List.of(
                c -> c.get("/api/dues/schedules/2025").statusCode(),
                c -> c.putBytes("/api/dues/schedules/2025/full", "application/json",
                        "{\"amount\":1}".getBytes()).statusCode(),
                c -> c.postJson("/api/dues/invoices", issue).statusCode(),
                c -> c.postJson("/api/dues/invoices/issue-run", issue).statusCode(),
                c -> c.get("/api/dues/invoices/overdue").statusCode(),
                c -> c.postJson("/api/dues/invoices/" + tamaInvoice + "/payments", payment).statusCode(),
                c -> c.postJson("/api/dues/invoices/" + tamaInvoice + "/void", "{\"reason\":\"x\"}").statusCode(),
                c -> c.postJson("/api/dues/reminders", "").statusCode(),
                c -> c.get("/api/dues/exports/2025/invoices.csv").statusCode(),
                c -> c.get("/api/dues/exports/2025/payments.csv").statusCode());
        for (DemoUser notSecretariat : List.of(DemoUser.MEMBER_ADMIN, DemoUser.MEMBER_STAFF,
                DemoUser.OTHER_MEMBER_STAFF, DemoUser.STEERING_AGENCY, DemoUser.OVERSEAS_PARTNER)) {
            PortalClient client = as(notSecretariat);
            assertThat(secretariatOnly.stream().map(call -> call.apply(client)).toList())
                    .as(notSecretariat.username()).containsOnly(403);
        }
        assertThat(secretariatOnly.stream().map(call -> call.apply(PortalClient.anonymous())).toList())
                .containsOnly(401);

        JsonObject after = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/dues/invoices/" + tamaInvoice));
        assertThat(after.getString("status")).as("nothing the others tried changed it").isEqualTo("issued");
        assertThat(after.getJsonNumber("paid").longValue()).isZero();
        assertThat(as(DemoUser.SECRETARIAT).get("/api/dues/schedules/2025").body()).contains("120000");
        String english = new String(DuesFixtures.downloadInEnglish(DemoUser.SECRETARIAT,
                "/api/dues/exports/2025/invoices.csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(english.lines().findFirst().orElseThrow()).as("headers in the caller's language")
                .startsWith("\uFEFFInvoice number,Organization ID,Organization,Class,Issue date,Due date");
        assertThat(english).contains(tamaInvoice + ",tama," + tamaNameEn + ",Full member,2025-05-01,2025-06-30,120000,"
                + "Outside the scope of consumption tax,0,120000,0,120000,Issued,");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        PortalClient secretariat = as(DemoUser.SECRETARIAT);
        assertField(secretariat.putBytes("/api/dues/schedules/2025/full", "application/json",
                "{\"amount\":-1}".getBytes()), 400, "amount");
        assertField(secretariat.putBytes("/api/dues/schedules/2025/full", "application/json",
                "{\"amount\":1000,\"taxTreatment\":\"vat\"}".getBytes()), 400, "taxTreatment");
        assertField(secretariat.putBytes("/api/dues/schedules/2025/gold", "application/json",
                "{\"amount\":1000}".getBytes()), 400, "membershipClass");
        assertField(secretariat.putBytes("/api/dues/schedules/1999/full", "application/json",
                "{\"amount\":1000}".getBytes()), 400, "fiscalYear");
        assertField(secretariat.putBytes("/api/dues/schedules/2025/full", "application/json",
                "{}".getBytes()), 422, "amount");
        assertThat(secretariat.get("/api/dues/schedules/2025").body()).as("left as it was").contains("120000")
                .contains("not-taxable");

        assertField(secretariat.postJson("/api/dues/invoices", """
                {"fiscalYear":2025,"organizationId":"tama","issueDate":"2025-05-01","dueDate":"2025-04-30"}"""),
                400, "dueDate");
        assertField(secretariat.postJson("/api/dues/invoices", """
                {"fiscalYear":2025,"organizationId":"tama","issueDate":"1 May","dueDate":"2025-06-30"}"""),
                400, "issueDate");
        assertField(secretariat.postJson("/api/dues/invoices", """
                {"fiscalYear":2025,"organizationId":"tama","issueDate":"2999-01-01","dueDate":"2999-06-30"}"""),
                400, "issueDate");
        assertField(secretariat.postJson("/api/dues/invoices", """
                {"fiscalYear":2025,"organizationId":"nobody-here","dueDate":"2099-06-30"}"""), 400, "organizationId");
        assertField(secretariat.postJson("/api/dues/invoices", "{\"fiscalYear\":2025,\"organizationId\":\"tama\"}"),
                422, "dueDate");
        assertField(secretariat.postJson("/api/dues/invoices", """
                {"fiscalYear":2025,"organizationId":"tama","dueDate":"2099-12-31"}"""), 409, "organizationId");
        assertField(secretariat.postJson("/api/dues/invoices/issue-run", """
                {"fiscalYear":2031,"dueDate":"2026-12-31"}"""), 409, "fiscalYear");

        String payments = "/api/dues/invoices/" + tamaInvoice + "/payments";
        assertField(secretariat.postJson(payments, "{\"paidOn\":\"2025-06-01\",\"amount\":1000,\"method\":\"bitcoin\"}"),
                400, "method");
        assertField(secretariat.postJson(payments, "{\"paidOn\":\"2999-06-01\",\"amount\":1000,\"method\":\"cash\"}"),
                400, "paidOn");
        assertField(secretariat.postJson(payments, "{\"paidOn\":\"2025-06-01\",\"amount\":0,\"method\":\"cash\"}"),
                400, "amount");
        assertField(secretariat.postJson(payments, "{\"paidOn\":\"2025-06-01\",\"amount\":120001,\"method\":\"cash\"}"),
                400, "amount");
        HttpResponse<String> overpaidInEnglish = DuesFixtures.postJsonInEnglish(DemoUser.SECRETARIAT, payments,
                "{\"paidOn\":\"2025-06-01\",\"amount\":120001,\"method\":\"cash\"}");
        assertField(overpaidInEnglish, 400, "amount");
        assertThat(((JsonObject) PortalClient.json(overpaidInEnglish)).getJsonObject("errors").getString("amount"))
                .contains("overpayment is refused");
        assertThat(((JsonObject) PortalClient.json(secretariat.postJson(payments,
                "{\"paidOn\":\"2025-06-01\",\"amount\":120001,\"method\":\"cash\"}"))).getJsonObject("errors")
                .getString("amount")).as("Japanese by default").contains("過入金は記録できません");
        assertField(secretariat.postJson("/api/dues/invoices/" + tamaInvoice + "/void", "{\"reason\":\" \"}"),
                422, "reason");
        HttpResponse<String> missing = secretariat.get("/api/dues/invoices/2025-9999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(((JsonObject) PortalClient.json(missing)).getString("detail")).as("in Japanese by default")
                .contains("見つかりません");

        JsonObject after = (JsonObject) PortalClient.json(secretariat.get("/api/dues/invoices/" + tamaInvoice));
        assertThat(after.getString("status")).isEqualTo("issued");
        assertThat(after.getJsonArray("payments")).as("no refused payment was kept").isEmpty();
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(((JsonObject) PortalClient.json(response)).getJsonObject("errors").keySet()).contains(field);
    }
}
