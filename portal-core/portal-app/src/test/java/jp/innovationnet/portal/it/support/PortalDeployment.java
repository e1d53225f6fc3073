package jp.innovationnet.portal.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced ({@code it.war}), as Arquillian deploys it: at context root {@code /}. */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    /**
     * The server configuration already names an application {@code portal} (for production); the test deployment
     * gets another name so the two do not clash, and its context root from {@code ibm-web-ext.xml}.
     *
     * @return the archive to deploy
     */
    public static WebArchive war() {
        WebArchive built = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("it.war", "target/portal.war")));
        return ShrinkWrap.create(WebArchive.class, "portal-it.war").merge(built)
                .addAsWebInfResource(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <web-ext xmlns="http://websphere.ibm.com/xml/ns/javaee"
                                 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                 xsi:schemaLocation="http://websphere.ibm.com/xml/ns/javaee http://websphere.ibm.com/xml/ns/javaee/ibm-web-ext_1_1.xsd"
                                 version="1.1">
                          <context-root uri="/"/>
                        </web-ext>
                        """), "ibm-web-ext.xml");
    }
}
