package jp.innovationnet.portal.plugin.host.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Manifest;

import jp.innovationnet.portal.plugin.api.PortalPlugin;

/**
 * The packages the framework's system bundle exports to plugins: the plugin contract, exactly as its own
 * manifest exports it, and the Jakarta APIs plugins may compile against (annotations of their entities and
 * request bodies). Each is listed with its version: bnd gives plugins ranged imports such as
 * {@code jakarta.persistence;version="[3.1,4)"}.
 */
final class SharedPackages {

    /** The contract bundle's symbolic name, as in portal-core/plugin-api/bnd.bnd. */
    static final String CONTRACT_SYMBOLIC_NAME = "jp.innovationnet.portal.plugin.api";

    /** Jakarta EE 10 APIs provided by the server's features. */
    private static final List<String> JAKARTA_EXPORTS = List.of(
            "jakarta.persistence;version=3.1.0",
            "jakarta.persistence.criteria;version=3.1.0",
            "jakarta.persistence.metamodel;version=3.1.0",
            "jakarta.validation;version=3.0.2",
            "jakarta.validation.constraints;version=3.0.2");

    private SharedPackages() {
    }

    /** @return the value of {@code org.osgi.framework.system.packages.extra} */
    static String systemPackagesExtra() {
        return contractExports() + "," + String.join(",", JAKARTA_EXPORTS);
    }

    /** @return the contract's Export-Package header, read from the contract jar the application ships */
    static String contractExports() {
        try {
            Enumeration<URL> manifests = PortalPlugin.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    var attributes = new Manifest(in).getMainAttributes();
                    if (CONTRACT_SYMBOLIC_NAME.equals(attributes.getValue("Bundle-SymbolicName"))) {
                        return attributes.getValue("Export-Package");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin contract's manifest", e);
        }
        throw new IllegalStateException("the plugin contract jar (" + CONTRACT_SYMBOLIC_NAME + ") is not on the class path");
    }
}
