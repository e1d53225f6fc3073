package jp.innovationnet.portal.interfaces.web.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.ServletContext;

/**
 * The version of the web portal's assets: a digest of every file under {@code /assets/}, so that a changed file
 * gets a new URL ({@code /assets/<version>/app.js}) and an unchanged one stays cached.
 */
public final class AssetVersion {

    /** Where the application's assets live in the WAR. */
    static final String ROOT = "/assets/";

    private AssetVersion() {
    }

    /**
     * @param context the web application
     * @return the versioned prefix of asset URLs, e.g. {@code /assets/0123456789ab/}, computed once per deployment
     */
    public static String prefix(ServletContext context) {
        synchronized (context) {
            String prefix = (String) context.getAttribute(AssetVersion.class.getName());
            if (prefix == null) {
                prefix = ROOT + of(context) + "/";
                context.setAttribute(AssetVersion.class.getName(), prefix);
            }
            return prefix;
        }
    }

    /**
     * @param context the web application
     * @return the first 12 hex digits of the SHA-256 of every asset's path and content
     */
    static String of(ServletContext context) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String path : files(context, ROOT)) {
                sha.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = context.getResourceAsStream(path)) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> files(ServletContext context, String dir) {
        Set<String> files = new TreeSet<>();
        Set<String> entries = context.getResourcePaths(dir);
        if (entries != null) {
            for (String entry : entries) {
                if (entry.endsWith("/")) {
                    files.addAll(files(context, entry));
                } else {
                    files.add(entry);
                }
            }
        }
        return files;
    }
}
