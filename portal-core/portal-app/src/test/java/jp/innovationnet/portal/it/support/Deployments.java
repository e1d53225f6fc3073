package jp.innovationnet.portal.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test: the WAR the build produced, deployed as it is. */
public final class Deployments {

    private Deployments() {
    }

    /** @return target/portal.war */
    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/portal.war"));
    }
}
