package jp.innovationnet.portal.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How soon the home page is usable in a real browser (Debian's headless Chromium): from the start of the navigation
 * to the portal's {@code portal:screen-ready} performance mark (messages loaded, caller known, menu and screen
 * rendered). Measured for a visitor with an empty cache (a fresh browser each time), a visitor with a warm cache,
 * and logged-in users whose home pages call the API (the secretariat: four panels). The baseline, in the same run:
 * the browser's own time to receive the page's HTML ({@code responseEnd} of the navigation).
 *
 * <p>Settings: {@code -Drepeat=30} (warm loads per scenario), {@code -Dcold=10} (cold loads).
 */
public final class WebBenchmark {

    private static final String PASSWORD = "portal-demo";
    private static final String READY = "portal:screen-ready";
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    private final String base = System.getProperty("portal.url", "http://localhost:9080");
    private final int repeat = Integer.getInteger("repeat", 30);
    private final int cold = Integer.getInteger("cold", 10);

    private WebBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Debian's Chromium is often newer than Selenium's DevTools bindings; the benchmark uses none of them
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        new WebBenchmark().run();
    }

    private void run() throws Exception {
        warmUpServer();
        System.out.printf("Home page until usable (navigation start to %s), Chromium headless, %s%n", READY, base);
        System.out.printf("%-36s %6s %8s %8s %8s %14s%n", "scenario", "loads", "p50 ms", "p90 ms", "max ms",
                "p50/baseline");
        long[][] coldVisitor = new long[2][cold];
        for (int i = 0; i < cold; i++) {
            try (Browser browser = new Browser()) {
                long[] one = browser.load("/");
                coldVisitor[0][i] = one[0];
                coldVisitor[1][i] = one[1];
            }
        }
        print("visitor, empty cache", coldVisitor);
        try (Browser browser = new Browser()) {
            print("visitor, warm cache", browser.loads("/", repeat));
        }
        for (String user : new String[] {"jilc.secretariat", "tama.admin", "overseas.partner"}) {
            try (Browser browser = new Browser()) {
                browser.logIn(user);
                print(user + ", warm cache", browser.loads("/", repeat));
            }
        }
    }

    /** A few hundred requests first, so that the server's JIT has seen the paths (as in production). */
    private void warmUpServer() throws Exception {
        try (Browser browser = new Browser()) {
            browser.loads("/", 10);
            browser.logIn("jilc.secretariat");
            browser.loads("/", 10);
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 100; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** @param samples [0]: until usable, [1]: the baseline (HTML received), per load */
    private static void print(String scenario, long[][] samples) {
        long[] ready = samples[0].clone();
        long[] baseline = samples[1].clone();
        Arrays.sort(ready);
        Arrays.sort(baseline);
        double ratio = (double) percentile(ready, 50) / Math.max(1, percentile(baseline, 50));
        System.out.printf("%-36s %6d %8d %8d %8d %14.1f   (baseline: HTML received, p50 %d ms)%n", scenario,
                ready.length, percentile(ready, 50), percentile(ready, 90), ready[ready.length - 1], ratio,
                percentile(baseline, 50));
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** One headless Chromium, as the browser tests drive it. */
    private final class Browser implements AutoCloseable {

        private final ChromeDriver driver;

        Browser() {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--lang=ja");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(
                    Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile()).build();
            driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(1280, 900));
        }

        /** @return [until usable, HTML received] in ms from the navigation's start */
        long[] load(String path) {
            driver.get(base + path);
            Supplier<Object> mark = () -> driver.executeScript("const m = performance.getEntriesByName(arguments[0]);"
                    + " return m.length ? m[0].startTime : null;", READY);
            Object ready = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> mark.get());
            Object html = driver.executeScript("return performance.getEntriesByType('navigation')[0].responseEnd;");
            return new long[] {Math.round(((Number) ready).doubleValue()), Math.round(((Number) html).doubleValue())};
        }

        long[][] loads(String path, int times) {
            long[][] samples = new long[2][times];
            for (int i = 0; i < times; i++) {
                long[] one = load(path);
                samples[0][i] = one[0];
                samples[1][i] = one[1];
            }
            return samples;
        }

        /** Logs in through Keycloak's pages (user name, then password, as its Organizations login asks). */
        void logIn(String user) {
            driver.get(base + "/login?next=%2F");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
            if (driver.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
                driver.findElement(By.cssSelector("[type=submit]")).click();
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("[type=submit]")).click();
            wait.until(d -> d.getCurrentUrl().startsWith(base));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
