package jp.innovationnet.portal.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** The test server's MBeans, through Liberty's local JMX connector (the one Arquillian deploys through). */
public final class ServerJmx implements AutoCloseable {

    private final JMXConnector connector;
    private final MBeanServerConnection connection;

    private ServerJmx(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.connection = connector.getMBeanServerConnection();
    }

    /** @return a connection to the test server */
    public static ServerJmx connect() {
        Path address = Path.of(System.getProperty("it.server.dir"), "logs", "state", "com.ibm.ws.jmx.local.address");
        try {
            return new ServerJmx(JMXConnectorFactory.connect(new JMXServiceURL(Files.readString(address).trim())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a full garbage collection in the server (the platform Memory MXBean's gc operation). */
    public void gc() {
        invoke("java.lang:type=Memory", "gc");
    }

    /**
     * @param objectName an MBean
     * @param attribute  one of its attributes
     * @return the attribute's value
     */
    public Object attribute(String objectName, String attribute) {
        try {
            return connection.getAttribute(new ObjectName(objectName), attribute);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops an application and starts it again (the server keeps running). Two calls: the MBean's single
     * {@code restart} fails in Liberty 26.0.0.3 for an application with a JPA unit (its JNDI lookup during the start
     * runs on the stopped module's context).
     *
     * @param application an application's name, e.g. {@code portal}
     */
    public void restartApplication(String application) {
        String mbean = "WebSphere:service=com.ibm.websphere.application.ApplicationMBean,name=" + application;
        invoke(mbean, "stop");
        invoke(mbean, "start");
    }

    private void invoke(String objectName, String operation) {
        try {
            connection.invoke(new ObjectName(objectName), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
