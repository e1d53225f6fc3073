package jp.innovationnet.portal.plugin.host.osgi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are checked against the contract this build ships (its manifest is on the test class path). */
class PluginArchiveTest {

    private static final String CONTRACT = "jp.innovationnet.portal.plugin.api;version=\"[1.0,2)\"";

    @Test
    void readsAValidPluginBundle() throws Exception {
        PluginArchive archive = PluginArchive.read(bundle("notes", "1.2.3.qualifier", CONTRACT));

        assertThat(archive.pluginId()).isEqualTo("notes");
        assertThat(archive.symbolicName()).isEqualTo("example.notes");
        assertThat(archive.version().toString()).isEqualTo("1.2.3.qualifier");
        assertThat(archive.sha256()).hasSize(64);
    }

    @Test
    void namesWhatIsWrongWithABadUpload() throws Exception {
        assertInvalid("not a jar".getBytes(), "file");
        assertInvalid(bundle("Bad Id", "1.0.0", CONTRACT), "Portal-Plugin-Id");
        assertInvalid(bundle("notes", "one", CONTRACT), "Bundle-Version");
        assertInvalid(bundle("notes", "1.0.0", "jp.innovationnet.portal.plugin.api;version=\"[2.0,3)\""),
                "Import-Package");
        assertInvalid(bundle("notes", "1.0.0", "jp.innovationnet.portal.plugin.api.unknown;version=\"[1.0,2)\""),
                "Import-Package");
        assertInvalid(bundle("notes", "1.0.0", "jakarta.persistence;version=\"[3.1,4)\""), "Import-Package");
    }

    private static void assertInvalid(byte[] upload, String field) {
        assertThatThrownBy(() -> PluginArchive.read(upload)).isInstanceOfSatisfying(InvalidPluginException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static byte[] bundle(String pluginId, String version, String imports) throws IOException {
        Manifest manifest = new Manifest();
        var main = manifest.getMainAttributes();
        main.putValue("Manifest-Version", "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "example.notes");
        main.putValue("Bundle-Version", version);
        main.putValue("Portal-Plugin-Id", pluginId);
        main.putValue("Import-Package", imports);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("example/Placeholder.txt"));
            jar.write("x".getBytes());
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
