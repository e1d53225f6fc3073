package jp.innovationnet.portal.it.web;

import static jp.innovationnet.portal.it.support.PortalClient.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PortalClient;
import jp.innovationnet.portal.it.support.Registry;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The secretariat's dues and register screens and a member's own invoices, in a real browser: dues set, invoices
 * issued, a partial payment and a refused overpayment; a CSV checked (its problem shown by line and column) and a
 * good one imported; a member administrator's invoices, and the forbidden screen for member staff. Fiscal year
 * {@value #YEAR} is this class's own (the API tests use others); a fresh member is registered per run so that the
 * issue run always has someone to invoice, also on a server kept from an earlier run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunsOnH2Only
class DuesAndRegistryScreensIT {

    private static final int YEAR = 2029;
    private static final String TOKEN = Registry.token();
    private static final String FRESH = "dues-screen-" + TOKEN;
    private static final String FRESH_JA = "財団法人会費画面試験" + TOKEN;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void membersToInvoice() {
        Registry.ensurePublishedImported();
        JsonObject organization = Json.createObjectBuilder().add("id", FRESH).add("kind", "member")
                .add("membershipClass", "full")
                .add("profile", Json.createObjectBuilder().add("nameJa", FRESH_JA)
                        .add("nameEn", "Dues Screen Test " + TOKEN).add("prefecture", "Tokyo").add("region", "Kanto")
                        .add("contacts", JsonValue.EMPTY_JSON_ARRAY))
                .build();
        HttpResponse<String> registered = as(DemoUser.SECRETARIAT).postJson("/api/organizations",
                organization.toString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    private String portal() {
        return base.toString().replaceAll("/$", "");
    }

    @Test
    @Order(1)
    void theSecretariatSetsTheDuesIssuesTheInvoicesAndRecordsAPayment() {
        try (Chromium secretariat = Chromium.open(portal(), "ja", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT).visit("/admin/dues?year=" + YEAR);
            assertThat(secretariat.heading()).isEqualTo("会費と請求書");
            assertThat(new Select(secretariat.find("#dues-year")).getFirstSelectedOption().getText())
                    .isEqualTo(YEAR + "年度");
            secretariat.assertAccessible();

            setDues(secretariat, "full", "100000", "not-taxable");
            awaitNotice(secretariat, "正会員の年会費を保存しました");
            setDues(secretariat, "supporting", "50,000", "standard-10");
            awaitNotice(secretariat, "賛助会員の年会費を保存しました");
            assertThat(secretariat.find("form[data-class='supporting']").findElement(By.xpath("..")).getText())
                    .contains("50,000円", "5,000円", "55,000円");
            String schedules = as(DemoUser.SECRETARIAT).get("/api/dues/schedules/" + YEAR).body();
            assertThat(schedules).contains("\"amount\":100000", "\"amount\":50000", "standard-10");

            secretariat.setValue("#dues-due-date", YEAR + 1 + "-03-31");
            secretariat.find("#dues-issue-form button[type=submit]").click();
            String issued = awaitNotice(secretariat, "件の請求書を発行しました");
            Matcher count = Pattern.compile("(\\d+)件の請求書を発行しました").matcher(issued);
            assertThat(count.find()).as(issued).isTrue();
            assertThat(Integer.parseInt(count.group(1))).as("at least the fresh member").isPositive();
            JsonObject invoice = openInvoiceOf(FRESH);
            String first = invoice.getString("number");
            assertThat(invoice.getJsonNumber("total").longValue()).isEqualTo(100_000);
            assertThat(openInvoiceOf("tama").getString("dueDate")).isEqualTo(YEAR + 1 + "-03-31");
            assertThat(secretariat.find("#dues-invoice-table").getText()).contains(first, FRESH_JA, "100,000円");
            secretariat.screenshot("dues-admin-ja").assertAccessible();

            new Select(secretariat.find("#dues-filter-organization")).selectByValue(FRESH);
            new Select(secretariat.find("#dues-filter-status")).selectByValue("issued");
            secretariat.find("form[role=search] button[type=submit]").click();
            await(secretariat, d -> d.findElements(By.cssSelector("#dues-invoice-table tbody tr")).size() == 1);
            assertThat(secretariat.find("#dues-invoice-count").getText()).isEqualTo("1件");
            assertThat(secretariat.driver().getCurrentUrl()).contains("organization=" + FRESH, "status=issued");
            WebElement csv = secretariat.find("a[href='/api/dues/exports/" + YEAR + "/invoices.csv']");
            assertThat(csv.getAttribute("download")).isNotEmpty();
            assertThat(fetch(secretariat, "/api/dues/exports/" + YEAR + "/invoices.csv"))
                    .as("the link downloads with the session cookie").startsWith("200 ").contains(first);

            secretariat.find("#dues-invoice-table a[href='/admin/dues/invoices/" + first + "']").click();
            secretariat.awaitScreen();
            assertThat(secretariat.heading()).isEqualTo("請求書 " + first);
            secretariat.find("#void-reason").sendKeys("会員種別の確認のため再発行");
            secretariat.find("#void-form button[type=submit]").click();
            awaitNotice(secretariat, "請求書 " + first + " を取り消しました");
            assertThat(secretariat.find("#invoice-status").getText()).isEqualTo("取消");
            assertThat(secretariat.find(".dues-facts").getText()).contains("会員種別の確認のため再発行");
            secretariat.setValue("#reissue-due-date", YEAR + 1 + "-03-31");
            secretariat.find("#reissue-form button[type=submit]").click();
            await(secretariat, d -> !d.findElement(By.cssSelector("main h1")).getText().endsWith(first));
            String number = secretariat.heading().replace("請求書 ", "");
            awaitNotice(secretariat, "請求書 " + first + " に代わる請求書 " + number + " を発行しました");
            assertThat(openInvoiceOf(FRESH).getString("number")).as("the reissued one is the open one")
                    .isEqualTo(number).isNotEqualTo(first);
            assertThat(secretariat.find("#invoice-balance").getText()).isEqualTo("100,000円");
            assertThat(fetch(secretariat, "/api/dues/invoices/" + number + "/pdf")).startsWith("200 application/pdf");

            secretariat.find("#payment-amount").sendKeys("30000");
            secretariat.find("#payment-reference").sendKeys("振込 1201-001");
            secretariat.find("#payment-form button[type=submit]").click();
            awaitNotice(secretariat, "30,000円の入金を記録しました");
            assertThat(secretariat.find("#invoice-paid").getText()).isEqualTo("30,000円");
            assertThat(secretariat.find("#invoice-balance").getText()).isEqualTo("70,000円");
            assertThat(secretariat.find("#invoice-status").getText()).isEqualTo("一部入金");
            assertThat(secretariat.find("#invoice-payments-table").getText()).contains("30,000円", "銀行振込",
                    "振込 1201-001", "jilc.secretariat");
            secretariat.screenshot("dues-invoice-ja").assertAccessible();

            secretariat.find("#payment-amount").sendKeys("70001");
            secretariat.find("#payment-form button[type=submit]").click();
            WebElement error = secretariat.find("#payment-amount-error");
            assertThat(error.getText()).contains("過入金は記録できません");
            assertThat(secretariat.find("#payment-form .form-errors [role=alert]").getText())
                    .as("the summary speaks of the field, not of 'amount:'").startsWith("入力内容に誤りがあります");
            WebElement amount = secretariat.find("#payment-amount");
            assertThat(amount.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(amount.getAttribute("aria-describedby")).isEqualTo("payment-amount-error");
            secretariat.screenshot("dues-invoice-overpaid-ja").assertAccessible();
            JsonObject after = (JsonObject) PortalClient.json(as(DemoUser.SECRETARIAT)
                    .get("/api/dues/invoices/" + number));
            assertThat(after.getJsonNumber("paid").longValue()).as("the overpayment left nothing").isEqualTo(30_000);
            assertThat(after.getJsonNumber("balance").longValue()).isEqualTo(70_000);
            assertThat(after.getString("status")).isEqualTo("partially-paid");

            try (Chromium english = Chromium.open(portal(), "en", 1280)) {
                english.logIn(DemoUser.SECRETARIAT).visit("/admin/dues?year=" + YEAR);
                assertThat(english.heading()).isEqualTo("Dues and invoices");
                assertThat(english.find("#dues-schedules").getText()).isEqualTo("Annual dues for FY" + YEAR);
                assertThat(english.find("#dues-invoice-table").getText()).contains(number, "¥100,000");
                english.screenshot("dues-admin-en");
                english.visit("/admin/dues/invoices/" + number);
                assertThat(english.find("#invoice-balance").getText()).isEqualTo("¥70,000");
                assertThat(english.find("#invoice-status").getText()).isEqualTo("Partly paid");
                english.screenshot("dues-invoice-en").assertAccessible();
                english.driver().manage().window().setSize(new Dimension(390, 900));
                fitsTheWidth(english.visit("/admin/dues/invoices/" + number));
                english.driver().executeScript("document.getElementById('invoice-lines').scrollIntoView()");
                english.screenshot("dues-invoice-phone").assertAccessible();
                fitsTheWidth(english.visit("/admin/dues?year=" + YEAR)).screenshot("dues-admin-phone")
                        .assertAccessible();
            }
        }
    }

    @Test
    @Order(2)
    void theSecretariatChecksACsvAndImportsAGoodOne() throws IOException {
        String header = "seq,name_ja,name_en,legal_form,prefecture,region\n";
        String first = ",財団法人名簿画面試験一" + TOKEN + ",Register Screen One " + TOKEN + ",foundation,Tokyo,Kanto\n";
        String second = ",財団法人名簿画面試験二" + TOKEN + ",Register Screen Two " + TOKEN + ",foundation,%s,Kinki\n";
        Path bad = Files.createTempFile("register-bad-", ".csv");
        Path good = Files.createTempFile("register-good-", ".csv");
        Files.writeString(bad, header + first + second.formatted("Osakka"), StandardCharsets.UTF_8);
        Files.writeString(good, header + first + second.formatted("Osaka"), StandardCharsets.UTF_8);
        int before = Registry.export().size();
        try (Chromium secretariat = Chromium.open(portal(), "ja", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT).visit("/admin/registry");
            assertThat(secretariat.heading()).isEqualTo("会員名簿の取込・出力");
            secretariat.assertAccessible();
            assertThat(secretariat.find("#registry-export-link").getAttribute("download")).isNotEmpty();

            secretariat.find("#registry-file").sendKeys(bad.toString());
            secretariat.find("#registry-upload button[type=submit]").click();
            WebElement problem = secretariat.find(
                    "#registry-problems tr[data-line='3'][data-column='prefecture'][data-severity='error']");
            assertThat(problem.getText()).contains("3行目", "prefecture", "誤り");
            assertThat(secretariat.find("#registry-problems caption").getText()).contains(bad.getFileName().toString());
            assertThat(secretariat.find("[data-count='errors'] dd").getText()).isEqualTo("1");
            assertThat(secretariat.find("[data-count='rows'] dd").getText()).isEqualTo("2");
            assertThat(secretariat.driver().findElements(By.id("registry-import-button")))
                    .as("a file with errors is not offered for import").isEmpty();
            secretariat.screenshot("registry-dry-run-ja").assertAccessible();
            assertThat(Registry.export()).as("a dry run writes nothing").hasSize(before);

            WebElement file = secretariat.find("#registry-file");
            file.clear();
            file.sendKeys(good.toString());
            secretariat.find("#registry-upload button[type=submit]").click();
            await(secretariat, d -> d.findElement(By.id("registry-report")).getText().contains("誤りはありません"));
            assertThat(secretariat.driver().findElements(By.id("registry-problems"))).isEmpty();
            secretariat.find("#registry-import-button").click();
            await(secretariat, d -> d.findElement(By.id("registry-report")).getText()
                    .contains("2件の会員機関を登録しました"));
            assertThat(secretariat.find("#registry-rows").getText()).contains("財団法人名簿画面試験一" + TOKEN,
                    "Register Screen Two " + TOKEN);
            secretariat.screenshot("registry-imported-ja").assertAccessible();
            List<String> names = Registry.export().stream().map(r -> r.get("name_ja")).toList();
            assertThat(names).hasSize(before + 2).contains("財団法人名簿画面試験一" + TOKEN, "財団法人名簿画面試験二" + TOKEN);

            // checked clean, but registered by someone else before the import: the refusal shows the same report
            String third = header + ",財団法人名簿画面試験三" + TOKEN + ",Register Screen Three " + TOKEN
                    + ",foundation,Kyoto,Kinki\n";
            Files.writeString(good, third, StandardCharsets.UTF_8);
            file = secretariat.find("#registry-file");
            file.clear();
            file.sendKeys(good.toString());
            secretariat.find("#registry-upload button[type=submit]").click();
            WebElement importButton = secretariat.find("#registry-import-button");
            HttpResponse<String> meanwhile = Registry.importAll("meanwhile.csv", third.getBytes(StandardCharsets.UTF_8));
            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(200);
            importButton.click();
            await(secretariat, d -> d.findElement(By.id("registry-report")).getText().contains("何も取り込んでいません"));
            assertThat(secretariat.find("#registry-report-heading").getText()).startsWith("取込できませんでした");
            assertThat(secretariat.find("#registry-problems tr[data-line='2'][data-column='name_ja']").getText())
                    .contains("2行目", "誤り");
            assertThat(secretariat.find("[data-count='imported'] dd").getText()).isEqualTo("0");
            assertThat(Registry.export()).hasSize(before + 3);
        }
        try (Chromium english = Chromium.open(portal(), "en", 1280)) {
            english.logIn(DemoUser.SECRETARIAT).visit("/admin/registry");
            english.find("#registry-file").sendKeys(bad.toString());
            english.find("#registry-upload button[type=submit]").click();
            assertThat(english.find("#registry-problems tr[data-line='3'][data-column='prefecture']").getText())
                    .contains("Line 3", "Error");
            english.screenshot("registry-dry-run-en");
            english.driver().manage().window().setSize(new Dimension(390, 900));
            english.driver().executeScript("document.getElementById('registry-report').scrollIntoView()");
            fitsTheWidth(english).screenshot("registry-dry-run-phone").assertAccessible();
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @Test
    @Order(3)
    void aMemberAdministratorSeesTheirOwnInvoicesAndStaffMayNotManageDues() {
        String tama = openInvoiceOf("tama").getString("number");
        String other = openInvoiceOf(FRESH).getString("number");
        try (Chromium admin = Chromium.open(portal(), "ja", 1280)) {
            admin.logIn(DemoUser.MEMBER_ADMIN).visit("/organization/invoices");
            assertThat(admin.heading()).isEqualTo("会費の請求書");
            WebElement row = admin.find("#member-invoices tr[data-invoice='" + tama + "']");
            assertThat(row.getText()).contains(YEAR + "年度", "100,000円", "発行済");
            assertThat(admin.find("#member-invoices").getText()).doesNotContain(other);
            assertThat(row.findElement(By.cssSelector("a[download]")).getAttribute("href"))
                    .endsWith("/api/dues/invoices/" + tama + "/pdf");
            assertThat(fetch(admin, "/api/dues/invoices/" + tama + "/pdf")).startsWith("200 application/pdf");
            assertThat(fetch(admin, "/api/dues/invoices/" + other + "/pdf"))
                    .as("another organization's invoice, with the browser's session").startsWith("404 ");
            assertThat(fetch(admin, "/api/dues/invoices/" + other)).startsWith("404 ");
            admin.screenshot("dues-member-ja").assertAccessible();
            admin.driver().manage().window().setSize(new Dimension(390, 900));
            fitsTheWidth(admin.visit("/organization/invoices")).screenshot("dues-member-phone").assertAccessible();
        }
        try (Chromium staff = Chromium.open(portal(), "en", 1280)) {
            staff.logIn(DemoUser.MEMBER_STAFF).visit("/admin/dues");
            assertThat(staff.heading()).isEqualTo("You may not see this page");
            staff.visit("/admin/registry");
            assertThat(staff.heading()).isEqualTo("You may not see this page");
            staff.visit("/admin/dues/invoices/" + tama);
            assertThat(staff.heading()).isEqualTo("You may not see this page");
            staff.visit("/organization/invoices");
            assertThat(staff.heading()).isEqualTo("Dues invoices");
            assertThat(staff.find("#member-invoices").getText()).contains(tama, "FY" + YEAR, "¥100,000");
            staff.screenshot("dues-member-en").assertAccessible();
        }
    }

    /** A phone's screen scrolls down, never sideways. @return the browser */
    private static Chromium fitsTheWidth(Chromium browser) {
        Object overflow = browser.driver().executeScript("""
                const root = document.documentElement;
                if (root.scrollWidth <= root.clientWidth) return null;
                const wide = [...document.querySelectorAll('main *')]
                  .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
                  .map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
                return root.scrollWidth + ' > ' + root.clientWidth + ': ' + wide.slice(0, 5).join(', ');""");
        assertThat(overflow).as("wider than the screen at " + browser.driver().getCurrentUrl()).isNull();
        return browser;
    }

    private static void setDues(Chromium browser, String membershipClass, String amount, String tax) {
        WebElement field = browser.find("#dues-amount-" + membershipClass);
        field.clear();
        field.sendKeys(amount);
        new Select(browser.find("#dues-tax-" + membershipClass)).selectByValue(tax);
        browser.find("form[data-class='" + membershipClass + "'] button[type=submit]").click();
    }

    /** Date inputs take typed dates in the browser's locale format: set the ISO value as a script would. */

    private static String awaitNotice(Chromium browser, String text) {
        await(browser, d -> d.findElements(By.cssSelector(".dues-notice")).stream()
                .anyMatch(e -> e.getText().contains(text)));
        return browser.find(".dues-notice").getText();
    }

    private static void await(Chromium browser, java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> until) {
        browser.waiting(Duration.ofSeconds(20)).until(until);
    }

    /** @return "status content-type body" of a GET from the page, with the browser's session cookie */
    private static String fetch(Chromium browser, String path) {
        return String.valueOf(browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => {
                    const type = r.headers.get('Content-Type') || '';
                    done(r.status + ' ' + type + ' ' + (type.startsWith('application/pdf') ? '' : await r.text()));
                  })
                  .catch((e) => done('error ' + e));""", path));
    }

    /** @return the organization's open (not voided) invoice of the year, as the API has it */
    private static JsonObject openInvoiceOf(String organizationId) {
        List<JsonObject> invoices = PortalClient.json(as(DemoUser.SECRETARIAT).get("/api/dues/invoices?fiscalYear="
                        + YEAR + "&organizationId=" + organizationId)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(i -> !"voided".equals(i.getString("status"))).toList();
        assertThat(invoices).as("open invoices of " + organizationId).hasSize(1);
        return invoices.get(0);
    }
}
