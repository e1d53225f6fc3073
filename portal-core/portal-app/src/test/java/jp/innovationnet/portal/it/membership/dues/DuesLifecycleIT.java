package jp.innovationnet.portal.it.membership.dues;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jp.innovationnet.portal.it.support.Await;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.MailCatcher;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.RunsOnH2AndPostgresql;

import static jp.innovationnet.portal.it.membership.dues.DuesFixtures.download;
import static jp.innovationnet.portal.it.membership.dues.DuesFixtures.invoiceOf;
import static jp.innovationnet.portal.it.membership.dues.DuesFixtures.pdfText;
import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fiscal year's dues end to end, in a real Liberty with its database and a real SMTP server: the secretariat sets
 * the dues, issues the year's invoices (twice, issuing nothing the second time), the PDFs read back as qualified
 * invoices, payments are recorded (an overpayment is refused), overdue invoices are reminded by mail with the PDF
 * attached (once a day), an invoice is voided and issued anew, the accountant's CSV adds up, and every step is in
 * the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2AndPostgresql
class DuesLifecycleIT {

    private static final int YEAR = 2026;
    /** TAMA as the published member list names it (another test may have registered it first, named otherwise). */
    static final String TAMA_JA = "社団法人首都圏産業活性化協会";
    static final String TAMA_EN = "Technology Advanced Metropolitan Area Association (TAMA)";
    /** TAMA's Japanese name as the registry has it. */
    private static String tamaName;
    private static final String TAMA_CONTACT = "kaihi@tama.example";
    private static final String KYUSHU_CONTACT = "kaihi@kyushu.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void membersAndTheYearsDues() {
        tamaName = DuesFixtures.registerMember("tama", TAMA_JA, TAMA_EN, "full", TAMA_CONTACT).getString("nameJa");
        DuesFixtures.registerMember("dues-kyushu", "公益財団法人九州産業技術センター", "Kyushu Industrial Technology Center",
                "supporting", KYUSHU_CONTACT);
        DuesFixtures.registerMember("dues-silent", "財団法人連絡先なし振興会", "Foundation Without Contacts", "full", null);
        DuesFixtures.setDues(YEAR, "full", 90_000, "standard-10");
        DuesFixtures.setDues(YEAR, "full", 100_000, "not-taxable");
        DuesFixtures.setDues(YEAR, "supporting", 50_000, "standard-10");
    }

    @Test
    void theSecretariatChangesAYearsDuesInPlace() {
        JsonArray schedules = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/dues/schedules/" + YEAR));
        assertThat(schedules.stream().map(v -> v.asJsonObject().getString("membershipClass")))
                .containsExactlyInAnyOrder("full", "supporting");
        JsonObject full = schedules.stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("membershipClass").equals("full")).findFirst().orElseThrow();
        assertThat(full.getJsonNumber("amount").longValue()).isEqualTo(100_000);
        assertThat(full.getString("taxTreatment")).isEqualTo("not-taxable");
        JsonArray trail = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=dues-schedule&targetId=" + YEAR + "/full"));
        assertThat(trail.getJsonObject(0).getString("changes")).contains("\"from\":\"90000\"", "\"to\":\"100000\"",
                "\"from\":\"standard-10\"", "\"to\":\"not-taxable\"");
    }

    @Test
    void aYearsDuesFromTheScheduleToTheAccountant() throws Exception {
        // issue the year's invoices; a second run issues nothing twice
        String run = """
                {"fiscalYear":%d,"issueDate":"2026-04-01","dueDate":"2026-04-30"}""".formatted(YEAR);
        HttpResponse<String> first = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/issue-run", run);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonObject firstRun = (JsonObject) PortalClient.json(first);
        assertThat(firstRun.getJsonArray("issued")).hasSizeGreaterThanOrEqualTo(3);
        HttpResponse<String> second = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/issue-run", run);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(second)).getJsonArray("issued")).isEmpty();
        assertThat(((JsonObject) PortalClient.json(second)).getInt("alreadyInvoiced"))
                .isEqualTo(firstRun.getJsonArray("issued").size() + firstRun.getInt("alreadyInvoiced"));

        JsonObject tama = invoiceOf("tama", YEAR);
        JsonObject kyushu = invoiceOf("dues-kyushu", YEAR);
        String tamaNumber = tama.getString("number");
        String kyushuNumber = kyushu.getString("number");
        assertThat(tamaNumber).matches("2026-\\d{4}");
        assertThat(List.of(tamaNumber, kyushuNumber)).allMatch(n -> firstRun.getJsonArray("issued").stream()
                .map(v -> ((JsonString) v).getString()).toList().contains(n));
        assertThat(tama.getJsonNumber("total").longValue()).isEqualTo(100_000);
        assertThat(tama.getString("taxTreatment")).isEqualTo("not-taxable");
        assertThat(kyushu.getJsonNumber("tax").longValue()).isEqualTo(5_000);
        assertThat(kyushu.getJsonNumber("total").longValue()).isEqualTo(55_000);

        // the PDFs are qualified invoices in Japanese
        HttpResponse<byte[]> pdf = download(DemoUser.SECRETARIAT, "/api/dues/invoices/" + tamaNumber + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdfText(pdf.body())).contains("請求書", tamaNumber, tamaName + " 御中",
                "全国イノベーション推進機関ネットワーク", "登録番号: T9000000000000", "発行日: 2026年4月1日",
                "2026年度 年会費（正会員）", "不課税対象 合計", "100,000円", "お支払期限: 2026年4月30日");
        assertThat(pdfText(download(DemoUser.SECRETARIAT, "/api/dues/invoices/" + kyushuNumber + "/pdf").body()))
                .contains("2026年度 年会費（賛助会員）", "10%対象 合計（税抜）", "50,000円", "消費税（10%）", "5,000円",
                        "55,000円（税込）");

        // a partial payment, an overpayment refused, then (after the reminders) the rest
        HttpResponse<String> part = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/" + tamaNumber + "/payments",
                """
                {"paidOn":"2026-05-20","amount":40000,"method":"bank-transfer","reference":"振込 0520-001"}""");
        assertThat(part.statusCode()).as(part.body()).isEqualTo(201);
        HttpResponse<String> over = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/" + tamaNumber + "/payments",
                """
                {"paidOn":"2026-05-21","amount":60001,"method":"bank-transfer"}""");
        assertThat(over.statusCode()).as(over.body()).isEqualTo(400);
        assertThat(over.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(((JsonObject) PortalClient.json(over)).getJsonObject("errors").keySet()).containsExactly("amount");
        JsonObject afterPart = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/dues/invoices/" + tamaNumber));
        assertThat(afterPart.getString("status")).isEqualTo("partially-paid");
        assertThat(afterPart.getJsonNumber("paid").longValue()).as("the refused payment left nothing").isEqualTo(40_000);
        assertThat(afterPart.getJsonNumber("balance").longValue()).isEqualTo(60_000);
        assertThat(afterPart.getJsonArray("payments")).hasSize(1);

        // overdue: unpaid after the due date
        List<String> overdue = numbers(as(DemoUser.SECRETARIAT).get("/api/dues/invoices/overdue"));
        assertThat(overdue).contains(tamaNumber, kyushuNumber);

        // reminders: one mail per overdue invoice to the primary contact, the PDF attached; once a day
        HttpResponse<String> reminded = as(DemoUser.SECRETARIAT).postJson("/api/dues/reminders", "");
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        JsonObject reminders = (JsonObject) PortalClient.json(reminded);
        assertThat(reminders.getJsonArray("sent").stream().map(v -> v.asJsonObject().getString("number")))
                .contains(tamaNumber, kyushuNumber);
        String silentNumber = invoiceOf("dues-silent", YEAR).getString("number");
        assertThat(reminders.getJsonArray("withoutContact").stream().map(v -> v.asJsonObject().getString("number")))
                .contains(silentNumber);

        MimeMessage mail = reminderOf(TAMA_CONTACT, tamaNumber);
        assertThat(mail.getSubject()).contains("2026年度会費お支払いのお願い", tamaNumber);
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String text = null;
        byte[] attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart bodyPart = parts.getBodyPart(i);
            if (bodyPart.isMimeType("text/plain")) {
                text = (String) bodyPart.getContent();
            } else if (("invoice-" + tamaNumber + ".pdf").equals(bodyPart.getFileName())) {
                attached = DuesFixtures.bytes(bodyPart.getInputStream());
            }
        }
        assertThat(text).contains(tamaName + " 御中", "未入金残高: 60,000円", tamaNumber);
        assertThat(attached).as("the invoice is attached").isNotNull();
        assertThat(pdfText(attached)).contains("請求書", tamaNumber, "登録番号: T9000000000000");
        reminderOf(KYUSHU_CONTACT, kyushuNumber);

        HttpResponse<String> again = as(DemoUser.SECRETARIAT).postJson("/api/dues/reminders", "");
        JsonObject secondReminders = (JsonObject) PortalClient.json(again);
        assertThat(secondReminders.getJsonArray("sent").stream().map(v -> v.asJsonObject().getString("number")))
                .doesNotContain(tamaNumber, kyushuNumber);
        assertThat(secondReminders.getInt("alreadyToday")).isGreaterThanOrEqualTo(2);
        Thread.sleep(2_000); // the outbox polls every 300 ms in the tests: a second mail would be there by now
        assertThat(remindersOf(TAMA_CONTACT, tamaNumber)).as("one reminder a day").hasSize(1);
        assertThat(((JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/dues/invoices/" + tamaNumber)))
                .getString("lastRemindedOn")).isNotEmpty();

        HttpResponse<String> rest = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/" + tamaNumber + "/payments",
                """
                {"paidOn":"2026-11-20","amount":60000,"method":"bank-transfer","reference":"振込 1120-007"}""");
        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
        assertThat(invoiceOf("tama", YEAR).getString("status")).isEqualTo("paid");
        assertThat(numbers(as(DemoUser.SECRETARIAT).get("/api/dues/invoices/overdue"))).doesNotContain(tamaNumber);

        // void and reissue: the new invoice takes the next number; a second invoice for the year is refused
        HttpResponse<String> voided = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/" + kyushuNumber + "/void",
                "{\"reason\":\"会員種別の誤りのため再発行\"}");
        assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
        assertThat(((JsonObject) PortalClient.json(voided)).getString("status")).isEqualTo("voided");
        assertThat(as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/" + kyushuNumber + "/payments",
                "{\"paidOn\":\"2026-11-20\",\"amount\":1,\"method\":\"cash\"}").statusCode()).isEqualTo(409);
        String single = """
                {"fiscalYear":%d,"organizationId":"dues-kyushu","dueDate":"2026-12-31"}""".formatted(YEAR);
        HttpResponse<String> reissued = as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices", single);
        assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(201);
        String reissuedNumber = ((JsonObject) PortalClient.json(reissued)).getString("number");
        assertThat(reissuedNumber).isNotEqualTo(kyushuNumber).startsWith("2026-");
        assertThat(as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices", single).statusCode()).isEqualTo(409);
        assertThat(pdfText(download(DemoUser.SECRETARIAT, "/api/dues/invoices/" + kyushuNumber + "/pdf").body()))
                .contains("【取消済】", "会員種別の誤りのため再発行");

        // the accountant's CSV: UTF-8 with a byte order mark, one line per invoice, payments on their own
        HttpResponse<byte[]> invoicesCsv = download(DemoUser.SECRETARIAT, "/api/dues/exports/" + YEAR + "/invoices.csv");
        assertThat(invoicesCsv.statusCode()).isEqualTo(200);
        assertThat(invoicesCsv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] csv = invoicesCsv.body();
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("請求書番号,団体ID,団体名,会員種別,発行日,支払期限,金額（税抜）,消費税区分,消費税額,請求額,入金額,残高,状態,取消理由");
        assertThat(lines).contains(tamaNumber + ",tama," + tamaName + ",正会員,2026-04-01,2026-04-30,100000,不課税,0,100000,100000,0,入金済,");
        assertThat(lines).anyMatch(l -> l.startsWith(kyushuNumber + ",dues-kyushu,") && l.endsWith(",取消,会員種別の誤りのため再発行"));
        assertThat(lines).anyMatch(l -> l.startsWith(reissuedNumber + ",dues-kyushu,公益財団法人九州産業技術センター,賛助会員,")
                && l.contains(",50000,課税（標準税率10%）,5000,55000,0,55000,発行済,"));
        List<String> payments = new String(download(DemoUser.SECRETARIAT, "/api/dues/exports/" + YEAR + "/payments.csv")
                .body(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(payments).contains(tamaNumber + ",tama," + tamaName + ",2026-05-20,40000,銀行振込,振込 0520-001,jilc.secretariat",
                tamaNumber + ",tama," + tamaName + ",2026-11-20,60000,銀行振込,振込 1120-007,jilc.secretariat");

        // every change is in the audit trail
        JsonArray trail = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=dues-invoice&targetId=" + tamaNumber));
        assertThat(trail.stream().map(e -> e.asJsonObject().getString("action"))).containsExactly(
                "dues-invoice.payment-recorded", "dues-invoice.reminder-sent", "dues-invoice.payment-recorded",
                "dues-invoice.issued");
        assertThat(trail.getJsonObject(0).getString("changes")).contains("\"from\":\"partially-paid\"", "\"to\":\"paid\"");
        assertThat(trail.getJsonObject(0).getString("actorName")).isEqualTo("jilc.secretariat");
        JsonArray voidTrail = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=dues-invoice&targetId=" + kyushuNumber));
        assertThat(voidTrail.getJsonObject(0).getString("action")).isEqualTo("dues-invoice.voided");
        assertThat(voidTrail.getJsonObject(0).getString("changes")).contains("会員種別の誤りのため再発行");
        JsonArray scheduleTrail = (JsonArray) PortalClient.json(as(DemoUser.SECRETARIAT)
                .get("/api/audit?targetType=dues-schedule&targetId=" + YEAR + "/supporting"));
        assertThat(scheduleTrail.getJsonObject(0).getString("changes")).contains("\"to\":\"50000\"", "standard-10");
    }

    /** @return the reminders of one invoice received so far (an organization may have several overdue) */
    private static List<MimeMessage> remindersOf(String address, String number) {
        return MailCatcher.messagesTo(address).stream().filter(m -> {
            try {
                return m.getSubject().contains(number);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage reminderOf(String address, String number) {
        Await.until("a reminder of " + number + " to " + address, Duration.ofSeconds(30),
                () -> !remindersOf(address, number).isEmpty());
        return remindersOf(address, number).get(0);
    }

    @Test
    void twoIssueRunsAtOnceIssueEachInvoiceOnce() {
        int year = 2027;
        DuesFixtures.setDues(year, "full", 100_000, "not-taxable");
        DuesFixtures.setDues(year, "supporting", 50_000, "not-taxable");
        String run = """
                {"fiscalYear":%d,"issueDate":"2026-11-01","dueDate":"2027-04-30"}""".formatted(year);
        List<CompletableFuture<HttpResponse<String>>> runs = List.of(
                CompletableFuture.supplyAsync(() -> as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/issue-run", run)),
                CompletableFuture.supplyAsync(() -> as(DemoUser.SECRETARIAT).postJson("/api/dues/invoices/issue-run", run)));
        List<String> issued = runs.stream().map(CompletableFuture::join).flatMap(response -> {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return ((JsonObject) PortalClient.json(response)).getJsonArray("issued").stream()
                    .map(v -> ((JsonString) v).getString());
        }).toList();
        assertThat(issued).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        for (String organization : List.of("tama", "dues-kyushu", "dues-silent")) {
            assertThat(invoiceOf(organization, year).getString("number")).isIn(issued);
        }
        assertThat(issued).allMatch(n -> n.matches("2027-\\d{4}"));
        assertThat(issued.stream().map(n -> Integer.parseInt(n.substring(5))).sorted().toList())
                .as("numbered without gaps").isEqualTo(java.util.stream.IntStream.rangeClosed(1, issued.size()).boxed().toList());
    }

    private static List<String> numbers(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(response)).stream().map(v -> v.asJsonObject().getString("number")).toList();
    }
}
