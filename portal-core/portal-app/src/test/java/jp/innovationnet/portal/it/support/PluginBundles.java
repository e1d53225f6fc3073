package jp.innovationnet.portal.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The plugin bundles the build made for the tests, and variants of them: a new version of the same plugin, one
 * with a broken migration, one importing a package nobody exports. Variants are the real bundle with its manifest
 * or entries changed, as a developer's next build would be.
 */
public final class PluginBundles {

    private PluginBundles() {
    }

    /**
     * Installs a bundle through the API, as an administrator does, and fails the test unless it is taken (201).
     *
     * @param secretariat a client of the secretariat
     * @param bundle      the bundle
     */
    public static void install(PortalClient secretariat, byte[] bundle) {
        HttpResponse<String> installed = secretariat.postBytes("/api/plugins", "application/java-archive", bundle);
        assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
    }

    /**
     * Installs one of the run's shared plugins unless it is installed already: the first test class that needs it
     * installs it, and it stays for the classes after (plugins start once per run, not once per class).
     *
     * @param secretariat a client of the secretariat
     * @param pluginId    the plugin's id
     * @param bundle      its bundle
     */
    public static void ensureInstalled(PortalClient secretariat, String pluginId, byte[] bundle) {
        if (installed(secretariat).contains(pluginId)) {
            return;
        }
        HttpResponse<String> installed = secretariat.postBytes("/api/plugins", "application/java-archive", bundle);
        assertThat(installed.statusCode()).as(installed.body()).isIn(201, 409);
    }

    /**
     * Removes a plugin through the API and waits until it is no longer listed.
     *
     * @param secretariat a client of the secretariat
     * @param pluginId    the plugin
     */
    public static void uninstall(PortalClient secretariat, String pluginId) {
        secretariat.delete("/api/plugins/" + pluginId);
        Await.until(pluginId + " removed", Duration.ofSeconds(30),
                () -> !installed(secretariat).contains(pluginId));
    }

    /**
     * Removes every installed plugin and waits until none is listed, for a test class of the plugin list itself. The
     * run's shared plugins (events, inquiries) go too: the next class that needs one installs it again.
     *
     * @param secretariat a client of the secretariat
     */
    public static void uninstallAll(PortalClient secretariat) {
        installed(secretariat).forEach(pluginId -> secretariat.delete("/api/plugins/" + pluginId));
        Await.until("every plugin removed", Duration.ofSeconds(60),
                () -> secretariat.get("/api/plugins").body().equals("[]"));
    }

    /** @return the ids of the installed plugins, as the secretariat's list says */
    private static List<String> installed(PortalClient secretariat) {
        HttpResponse<String> listed = secretariat.get("/api/plugins");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return ((JsonArray) PortalClient.json(listed)).getValuesAs(JsonObject.class).stream()
                .map(plugin -> plugin.getString("id")).toList();
    }

    /** @return the contract fixture: a test plugin that reaches every part of the plugin contract */
    public static byte[] contract() {
        return read("contract-plugin.jar");
    }

    /** @return the events plugin */
    public static byte[] events() {
        return read("events.jar");
    }

    /** @return the inquiry desk plugin */
    public static byte[] inquiries() {
        return read("inquiries.jar");
    }

    /** @return the coordinators plugin */
    public static byte[] coordinators() {
        return read("coordinators.jar");
    }

    /** @return the fixture whose start always throws */
    public static byte[] failing() {
        return read("failing-plugin.jar");
    }

    /**
     * @param bundle  a bundle
     * @param version its new Bundle-Version
     * @return the same bundle with another version
     */
    public static byte[] withVersion(byte[] bundle, String version) {
        return rewrite(bundle, main -> main.putValue("Bundle-Version", version), Map.of());
    }

    /**
     * @param bundle a bundle
     * @param header a manifest header
     * @param value  its new value
     * @return the same bundle with the header replaced
     */
    public static byte[] withHeader(byte[] bundle, String header, String value) {
        return rewrite(bundle, main -> main.putValue(header, value), Map.of());
    }

    /**
     * @param bundle  a bundle
     * @param entries entry path to text content to add
     * @return the same bundle with the entries added
     */
    public static byte[] withEntries(byte[] bundle, Map<String, String> entries) {
        return rewrite(bundle, main -> { }, entries);
    }

    /**
     * Puts a bundle into the plugins directory as a person would, settled (not written just now).
     *
     * @param pluginId the plugin id
     * @param bundle   its bytes
     */
    public static void drop(String pluginId, byte[] bundle) {
        try {
            Path folder = Files.createDirectories(pluginsDir());
            Path temporary = Files.createTempFile(folder, ".drop", ".tmp");
            Files.write(temporary, bundle);
            Files.setLastModifiedTime(temporary, FileTime.fromMillis(System.currentTimeMillis() - 5_000));
            Files.move(temporary, folder.resolve(pluginId + ".jar"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param pluginId a plugin whose file to delete from the plugins directory */
    public static void remove(String pluginId) {
        try {
            Files.deleteIfExists(pluginsDir().resolve(pluginId + ".jar"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file a bundle file
     * @return its Bundle-Version
     */
    public static String versionOf(Path file) {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(file))) {
            return in.getManifest().getMainAttributes().getValue("Bundle-Version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the test server's plugins directory */
    public static Path pluginsDir() {
        return Path.of(System.getProperty("it.plugins.dir", "target/it-data/plugins"));
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(Path.of(System.getProperty("it.bundles.dir", "target/it-bundles"), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rewrite(byte[] bundle, Consumer<Attributes> manifestChange, Map<String, String> added) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(bundle))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifestChange.accept(manifest.getMainAttributes());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                for (Map.Entry<String, String> entry : added.entrySet()) {
                    out.putNextEntry(new JarEntry(entry.getKey()));
                    out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
