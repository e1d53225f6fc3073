package jp.innovationnet.portal.plugin.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The plugins directory: the plugin bundles that should be installed, one {@code <id>.jar} each, whether put
 * there by the API or by hand. A file still being written (changed in the last {@value #SETTLE_MILLIS} ms) is
 * left for the next scan.
 */
final class PluginDirectory {

    static final long SETTLE_MILLIS = 1_000;

    /**
     * What identifies a file's content cheaply between scans.
     *
     * @param size     its size
     * @param modified its modification time
     */
    record Stamp(long size, FileTime modified) {
    }

    private final Path folder;

    PluginDirectory(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    Path folder() {
        return folder;
    }

    /** @return the settled JAR files and their stamps, by file name */
    Map<Path, Stamp> scan() throws IOException {
        Map<Path, Stamp> files = new TreeMap<>();
        long settled = System.currentTimeMillis() - SETTLE_MILLIS;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().endsWith(".jar")).toList()) {
                try {
                    FileTime modified = Files.getLastModifiedTime(file);
                    if (modified.toMillis() <= settled) {
                        files.put(file, new Stamp(Files.size(file), modified));
                    }
                } catch (IOException vanished) {
                    // removed while scanning: the next scan sees it gone
                }
            }
        }
        return files;
    }

    /**
     * Stores a plugin's bundle atomically, settled at once.
     *
     * @param pluginId the plugin id
     * @param content  the bytes
     * @return the file
     */
    Path store(String pluginId, byte[] content) throws IOException {
        Path target = fileOf(pluginId);
        Path temporary = Files.createTempFile(folder, "." + pluginId, ".upload");
        try {
            Files.write(temporary, content);
            Files.setLastModifiedTime(temporary, FileTime.fromMillis(System.currentTimeMillis() - SETTLE_MILLIS - 1));
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }

    /** @param file a plugin file to delete */
    void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    Path fileOf(String pluginId) {
        return folder.resolve(pluginId + ".jar");
    }
}
