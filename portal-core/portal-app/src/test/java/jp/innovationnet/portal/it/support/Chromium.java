package jp.innovationnet.portal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the web tests: Debian's headless Chromium driven through chromedriver (both installed by
 * {@code bin/portal test}), with an accessibility check (axe-core) and screenshots saved under
 * {@code target/screenshots/} for the CI artifacts. Launching Chromium takes seconds, so a closed browser is kept
 * for the next test of the run that wants the same language, emptied first as a new one would be: no cookies, no
 * storage, no cache, one blank window ({@link BrowserSession} quits the kept ones when the run ends).
 */
public final class Chromium implements AutoCloseable {

    /** Where screenshots go. */
    public static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** Browsers closed by their tests, by language, for the next test that opens one. */
    private static final Map<String, Deque<ChromeDriver>> IDLE = new HashMap<>();

    private final ChromeDriver driver;
    private final String base;
    private final String language;

    private Chromium(ChromeDriver driver, String base, String language) {
        this.driver = driver;
        this.base = base;
        this.language = language;
    }

    /**
     * @param base     the portal's base URL, without a trailing slash
     * @param language the browser's preferred language, {@code ja} or {@code en}
     * @param width    the window's width in CSS pixels (1280 desktop, 390 phone)
     * @return a browser with no cookies, storage or cache
     */
    public static Chromium open(String base, String language, int width) {
        ChromeDriver driver = idle(language);
        if (driver == null) {
            driver = launch(language);
        }
        driver.manage().window().setSize(new Dimension(width, 900));
        return new Chromium(driver, base.replaceAll("/$", ""), language);
    }

    private static synchronized ChromeDriver idle(String language) {
        Deque<ChromeDriver> kept = IDLE.get(language);
        return kept == null ? null : kept.poll();
    }

    private static ChromeDriver launch(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** @return the driver, for what this class does not wrap */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens a page of the portal and waits until its screen has rendered (a heading in {@code main}).
     *
     * @param path e.g. {@code /about}
     * @return this
     */
    public Chromium visit(String path) {
        driver.get(base + path);
        return awaitScreen();
    }

    /**
     * A wait for this browser that takes an element vanishing under the driver while the screen re-renders (stale,
     * or not found) as "not yet" rather than as a failure; the screens re-render whenever their data arrives.
     *
     * @param timeout how long to wait at most
     * @return the wait, to add a message to and call {@code until} on
     */
    public WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until the current screen has rendered. @return this */
    public Chromium awaitScreen() {
        waiting(Duration.ofSeconds(20)).until(d -> {
            List<WebElement> headings = d.findElements(By.cssSelector("main h1"));
            return !headings.isEmpty() && d.findElement(By.id("main")).getAttribute("aria-busy") == null;
        });
        return this;
    }

    /** @param css a selector @return the first matching element, once visible */
    public WebElement find(String css) {
        return waiting(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Types into a field as a person would, after clearing it.
     *
     * @param css  a selector of the field
     * @param text what to type
     */
    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets a field's value directly, for controls typing cannot fill the same way in every locale (date, time).
     *
     * @param css   a selector of the field
     * @param value its new value
     */
    public void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    /** @return the text of the screen's main heading */
    public String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    /**
     * Logs in through Keycloak's login pages (user name first, then password, as Organizations make it) and waits
     * to be back on the portal.
     *
     * @param user a demo user
     * @return this
     */
    public Chromium logIn(DemoUser user) {
        driver.get(base + "/login?next=%2F");
        WebDriverWait wait = waiting(Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user.username());
        if (driver.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
            driver.findElement(By.cssSelector("[type=submit]")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(DemoUser.PASSWORD);
        driver.findElement(By.cssSelector("[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base));
        return awaitScreen();
    }

    /**
     * Runs axe-core on the current page and fails on any serious or critical violation (WCAG 2.2 A/AA rules).
     *
     * @return this
     */
    public Chromium assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                "best-practice")).analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + serious.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        return this;
    }

    /**
     * Saves a screenshot of the whole window as {@code target/screenshots/<name>.png}.
     *
     * @param name a file name without extension
     * @return this
     */
    public Chromium screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Empties the browser and keeps it for the next test; quits it if it cannot be emptied. */
    @Override
    public void close() {
        try {
            empty();
        } catch (WebDriverException e) {
            driver.quit();
            return;
        }
        synchronized (Chromium.class) {
            IDLE.computeIfAbsent(language, l -> new ArrayDeque<>()).push(driver);
        }
    }

    /** Leaves one blank window, without dialogs, cookies, site data or cache, as a newly launched browser has. */
    private void empty() {
        List<String> windows = List.copyOf(driver.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            driver.switchTo().window(window).close();
        }
        driver.switchTo().window(windows.getFirst());
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // nothing open
        }
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        for (String origin : List.of(base, KeycloakSession.url())) {
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        }
    }

    /** Quits the browsers kept for later tests: the run is over. */
    static synchronized void quitIdle() {
        IDLE.values().forEach(kept -> kept.forEach(ChromeDriver::quit));
        IDLE.clear();
    }
}
