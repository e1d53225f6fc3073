package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the integration tests' Keycloak once per test JVM (failsafe) and stops it at the end: the distribution the
 * build unpacked into {@code it.keycloak.dir}, {@code start-dev} on {@code it.keycloak.port} with the realm, the
 * dev organizations and the demo users imported. Keycloak keeps its data between builds while the imported files
 * stay the same (a warm start takes seconds, a cold one with import about half a minute); when they change, the
 * data is dropped and the realm imported afresh. Does nothing in JVMs without {@code it.keycloak.dir} (unit tests).
 */
public class KeycloakSession implements LauncherSessionListener {

    /** The realm. */
    public static final String REALM = "innovation-net";

    private Process process;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dir = System.getProperty("it.keycloak.dir");
        if (dir == null || process != null) {
            return;
        }
        try {
            start(Path.of(dir));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak for the integration tests did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        process = null;
    }

    /** @return Keycloak's base URL for the tests */
    public static String url() {
        return "http://localhost:" + System.getProperty("it.keycloak.port", "18180");
    }

    /** @return the realm's base URL */
    public static String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    private void start(Path dist) throws IOException, InterruptedException {
        Path home;
        try (var homes = Files.list(dist)) {
            home = homes.filter(p -> p.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IOException("no Keycloak distribution in " + dist));
        }
        Path realmDir = Path.of(System.getProperty("it.realm.dir"));
        Map<String, String> files = importFiles(realmDir);
        Path data = home.resolve("data");
        Path importDir = data.resolve("import");
        String digest = digest(files);
        Path digestFile = data.resolve("it-import.sha256");
        if (!Files.exists(digestFile) || !Files.readString(digestFile).equals(digest)) {
            deleteTree(data);
        }
        Files.createDirectories(importDir);
        for (var file : files.entrySet()) {
            Files.writeString(importDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(digestFile, digest);

        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port", System.getProperty("it.keycloak.port", "18180"), "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(dist.resolveSibling("it-keycloak.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("PORTAL_OIDC_CLIENT_SECRET", System.getProperty("it.oidc.client.secret"));
        env.put("PORTAL_SERVICE_CLIENT_SECRET", System.getProperty("it.oidc.client.secret") + "-service");
        env.put("PORTAL_BASE_URL", "http://localhost:" + System.getProperty("it.http.port", "19080"));
        env.put("PORTAL_CLI_PASSWORD_GRANT", "true");
        env.put("PORTAL_SMTP_HOST", "127.0.0.1");
        env.put("PORTAL_SMTP_PORT", System.getProperty("it.smtp.port", "13025"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "it-admin");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (process != null) {
                process.destroy();
            }
        }));
        waitUntilReady();
    }

    private void waitUntilReady() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest wellKnown = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited with " + process.exitValue() + "; see target/it-keycloak.log");
            }
            try {
                if (http.send(wellKnown, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("Keycloak did not become ready in 240 s; see target/it-keycloak.log");
    }

    /**
     * The realm with the dev organizations added, and the demo users. Keycloak imports the users file before the
     * realm's organizations, so their members resolve.
     */
    static Map<String, String> importFiles(Path realmDir) throws IOException {
        JsonObject realm = read(realmDir.resolve("innovation-net-realm.json"));
        JsonObject overlay = read(realmDir.resolve("dev/innovation-net-organizations.json"));
        JsonArrayBuilder organizations = Json.createArrayBuilder();
        if (realm.containsKey("organizations")) {
            realm.getJsonArray("organizations").forEach(organizations::add);
        }
        overlay.getJsonArray("organizations").forEach(organizations::add);
        JsonObjectBuilder merged = Json.createObjectBuilder(realm).add("organizations", organizations);
        return Map.of("innovation-net-realm.json", merged.build().toString(),
                "innovation-net-users-0.json",
                Files.readString(realmDir.resolve("dev/innovation-net-users-0.json"), StandardCharsets.UTF_8));
    }

    private static JsonObject read(Path file) throws IOException {
        try (var reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    private static String digest(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.keySet().stream().sorted().forEach(k -> {
                sha.update(k.getBytes(StandardCharsets.UTF_8));
                sha.update(files.get(k).getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
