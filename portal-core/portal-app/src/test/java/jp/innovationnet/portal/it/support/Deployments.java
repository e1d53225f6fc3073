package jp.innovationnet.portal.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application under test: the WAR the build produced, deployed as it is, once per test run
 * ({@link SharedDeploymentContainer}); every test class names it as its {@code @Deployment}.
 */
public final class Deployments {

    private static WebArchive portal;

    private Deployments() {
    }

    /** @return target/portal.war, read once */
    public static synchronized WebArchive portal() {
        if (portal == null) {
            portal = ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
        }
        return portal;
    }
}
