package jp.innovationnet.portal.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import jp.innovationnet.portal.it.membership.MembershipFixtures;
import jp.innovationnet.portal.it.support.Chromium;
import jp.innovationnet.portal.it.support.DemoUser;
import jp.innovationnet.portal.it.support.Deployments;
import jp.innovationnet.portal.it.support.PluginBundles;
import jp.innovationnet.portal.it.support.RunsOnH2Only;

/**
 * The secretariat installs a plugin in the browser, its screen appears in the menu and works for a member, and its
 * section shows on the member's profile page; the secretariat removes it and screen and section are gone — no
 * restart, no rebuild. The plugin is the contract fixture (a test plugin), whose screens include one for visitors.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@RunsOnH2Only
class PluginScreensIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aPluginsScreensComeAndGoWithIt() throws IOException {
        MembershipFixtures.ensureTama();
        Path bundle = Files.createTempFile("contract", ".jar");
        Files.write(bundle, PluginBundles.contract());
        String portal = base.toString().replaceAll("/$", "");
        try (Chromium secretariat = Chromium.open(portal, "ja", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT).visit("/admin/plugins").assertAccessible();
            assertThat(secretariat.heading()).isEqualTo("プラグイン管理");

            secretariat.find("#plugin-file").sendKeys(bundle.toString());
            secretariat.find("form.stack button[type=submit]").click();
            secretariat.find("tr[data-plugin='contract']");
            secretariat.screenshot("plugins-ja").assertAccessible();
            assertThat(secretariat.find("tr[data-plugin='contract'] .state").getText()).isEqualTo("稼働中");
            assertThat(secretariat.find(".site-nav").getText()).contains("メモ");

            try (Chromium member = Chromium.open(portal, "en", 1280)) {
                member.logIn(DemoUser.MEMBER_STAFF);
                member.find(".site-nav a[href='/p/contract/notes']").click();
                member.awaitScreen();
                assertThat(member.heading()).isEqualTo("Notes");
                member.find("#note-title").sendKeys("Handover of the technology consultation");
                member.find("#note-body").sendKeys("Call the Hamamatsu coordinator on Monday.");
                member.find("form.stack button[type=submit]").click();
                member.waiting(Duration.ofSeconds(20)).until(d ->
                        d.findElement(By.id("main")).getText().contains("Handover of the technology consultation"));
                member.screenshot("plugin-notes-en").assertAccessible();

                member.visit("/organizations/tama");
                assertThat(member.find("section[data-plugin='contract'] h2").getText()).isEqualTo("Notes");
                assertThat(member.find("section[data-plugin='contract']").getText()).contains("Your staff share");
                member.screenshot("profile-with-plugin-section-en").assertAccessible();

                try (Chromium visitor = Chromium.open(portal, "en", 1280)) {
                    visitor.visit("/");
                    assertThat(visitor.find(".site-nav").getText()).as("entries for anyone only")
                            .contains("Make a suggestion").doesNotContain("Notes");
                    visitor.find(".site-nav a[href='/p/contract/suggest']").click();
                    visitor.awaitScreen();
                    assertThat(visitor.heading()).isEqualTo("Make a suggestion");
                    visitor.screenshot("plugin-screen-for-visitors-en").assertAccessible();
                    visitor.visit("/p/contract/notes");
                    assertThat(visitor.find("#main").getText()).as("a screen for members asks to log in")
                            .contains("Log in");
                    visitor.visit("/organizations/tama");
                    assertThat(visitor.driver().findElements(By.cssSelector("section[data-plugin='contract']")))
                            .as("a section for members only").isEmpty();
                }

                secretariat.find("tr[data-plugin='contract'] button.danger").click();
                secretariat.driver().switchTo().alert().accept();
                secretariat.waiting(Duration.ofSeconds(20)).until(d ->
                        d.findElements(By.cssSelector("tr[data-plugin='contract']")).isEmpty());
                assertThat(secretariat.find(".site-nav").getText()).doesNotContain("メモ");

                member.visit("/p/contract/notes");
                assertThat(member.heading()).isEqualTo("Page not found");
                member.visit("/organizations/tama");
                assertThat(member.driver().findElements(By.cssSelector("section[data-plugin='contract']")))
                        .as("the plugin's section went with it").isEmpty();
                assertThat(member.find(".site-nav").getText()).doesNotContain("Notes");
            }
        } finally {
            Files.deleteIfExists(bundle);
        }
    }

    @Test
    void aFailedPluginIsListedWithItsReasonAndABadUploadIsExplained() throws IOException {
        PluginBundles.drop("failing", PluginBundles.failing());
        Path notABundle = Files.createTempFile("not-a-bundle", ".jar");
        Files.writeString(notABundle, "not a jar at all");
        try (Chromium secretariat = Chromium.open(base.toString().replaceAll("/$", ""), "en", 1280)) {
            secretariat.logIn(DemoUser.SECRETARIAT);
            secretariat.waiting(Duration.ofSeconds(40)).withMessage("the failed plugin is listed")
                    .until(d -> {
                        secretariat.visit("/admin/plugins");
                        return !d.findElements(By.cssSelector("tr[data-plugin='failing']")).isEmpty();
                    });
            assertThat(secretariat.find("tr[data-plugin='failing'] .state").getText()).isEqualTo("Failed");
            assertThat(secretariat.find("tr[data-plugin='failing'] td .meta").getText()).as("its reason").isNotBlank();
            secretariat.screenshot("plugins-failed-en").assertAccessible();

            secretariat.find("#plugin-file").sendKeys(notABundle.toString());
            secretariat.find("form.stack button[type=submit]").click();
            assertThat(secretariat.find("form.stack .form-errors [role=alert]").getText()).isNotBlank();
            secretariat.assertAccessible();
        } finally {
            PluginBundles.remove("failing");
            Files.deleteIfExists(notABundle);
        }
    }
}
