package jp.innovationnet.portal.plugin.host.osgi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import jp.innovationnet.portal.plugin.api.PortalPlugin;

/**
 * A plugin bundle's bytes, checked before anything is installed: it is a JAR with an OSGi manifest, names a
 * plugin id, and imports the plugin contract in a version range this portal provides.
 *
 * @param pluginId      the plugin id
 * @param symbolicName  the bundle's symbolic name
 * @param name          the bundle's human-readable name (its symbolic name when it has none)
 * @param version       the bundle version
 * @param content       the bytes
 * @param sha256        the bytes' SHA-256, in hex
 */
public record PluginArchive(String pluginId, String symbolicName, String name, Version version, byte[] content,
                            String sha256) {

    /** Plugin ids: lower-case letters, digits and '-', starting with a letter, 2 to 40 characters. */
    public static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private static final String CONTRACT_PACKAGE_PREFIX = "jp.innovationnet.portal.plugin.api";

    /**
     * Reads and checks a plugin bundle.
     *
     * @param content the bytes
     * @return the archive
     * @throws InvalidPluginException naming what is wrong
     */
    public static PluginArchive read(byte[] content) throws InvalidPluginException {
        Manifest manifest = manifestOf(content);
        Attributes main = manifest.getMainAttributes();
        if (!"2".equals(trim(main.getValue(Constants.BUNDLE_MANIFESTVERSION)))) {
            throw new InvalidPluginException(Constants.BUNDLE_MANIFESTVERSION,
                    "not an OSGi bundle: Bundle-ManifestVersion must be 2");
        }
        String symbolicName = trim(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
        if (symbolicName == null || symbolicName.isEmpty()) {
            throw new InvalidPluginException(Constants.BUNDLE_SYMBOLICNAME, "the bundle has no symbolic name");
        }
        symbolicName = symbolicName.split(";", 2)[0].trim();
        String pluginId = trim(main.getValue(PortalPlugin.PLUGIN_ID_HEADER));
        if (pluginId == null || !PLUGIN_ID.matcher(pluginId).matches()) {
            throw new InvalidPluginException(PortalPlugin.PLUGIN_ID_HEADER,
                    "the bundle must name its plugin id (lower-case letters, digits and '-', 2 to 40 characters)");
        }
        Version version;
        try {
            version = Version.parseVersion(trim(main.getValue(Constants.BUNDLE_VERSION)));
        } catch (IllegalArgumentException e) {
            throw new InvalidPluginException(Constants.BUNDLE_VERSION, "not a version: " + e.getMessage());
        }
        checkContractImports(main.getValue(Constants.IMPORT_PACKAGE));
        String name = trim(main.getValue(Constants.BUNDLE_NAME));
        return new PluginArchive(pluginId, symbolicName, name == null || name.isEmpty() ? symbolicName : name,
                version, content, sha256(content));
    }

    private static Manifest manifestOf(byte[] content) throws InvalidPluginException {
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(content))) {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new InvalidPluginException("file", "not a plugin bundle: the JAR has no manifest");
            }
            if (jar.getNextJarEntry() == null && manifest.getMainAttributes().isEmpty()) {
                throw new InvalidPluginException("file", "not a plugin bundle: the JAR is empty");
            }
            return manifest;
        } catch (IOException | SecurityException e) {
            throw new InvalidPluginException("file", "not a plugin bundle: not a readable JAR file");
        }
    }

    /** Every import of a contract package must accept the version this portal exports. */
    private static void checkContractImports(String importPackage) throws InvalidPluginException {
        Map<String, Version> provided = ManifestHeader.parse(SharedPackages.contractExports()).stream()
                .collect(Collectors.toMap(ManifestHeader.Clause::name,
                        c -> Version.parseVersion(c.attributes().getOrDefault("version", "0"))));
        boolean importsContract = false;
        for (ManifestHeader.Clause clause : ManifestHeader.parse(importPackage)) {
            if (!clause.name().startsWith(CONTRACT_PACKAGE_PREFIX)) {
                continue;
            }
            importsContract = true;
            Version available = provided.get(clause.name());
            if (available == null) {
                throw new InvalidPluginException(Constants.IMPORT_PACKAGE,
                        "imports " + clause.name() + ", which this portal's plugin contract does not have");
            }
            VersionRange wanted;
            try {
                wanted = new VersionRange(clause.attributes().getOrDefault("version", "0"));
            } catch (IllegalArgumentException e) {
                throw new InvalidPluginException(Constants.IMPORT_PACKAGE, "bad version range for " + clause.name());
            }
            if (!wanted.includes(available)) {
                throw new InvalidPluginException(Constants.IMPORT_PACKAGE, "built for plugin contract " + clause.name()
                        + " " + wanted + ", but this portal provides " + available);
            }
        }
        if (!importsContract) {
            throw new InvalidPluginException(Constants.IMPORT_PACKAGE,
                    "does not import the plugin contract (" + CONTRACT_PACKAGE_PREFIX + ")");
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
