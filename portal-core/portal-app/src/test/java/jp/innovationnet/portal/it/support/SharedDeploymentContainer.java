package jp.innovationnet.portal.it.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

import io.openliberty.arquillian.managed.WLPManagedContainer;

/**
 * Arquillian's managed Liberty container with one deployment per test run. Arquillian starts the server once per
 * test JVM but deploys and undeploys each test class's {@code @Deployment}; every class here deploys the same WAR
 * and talks to it over HTTP only, so the first class's deployment serves them all: a later deployment of an archive
 * with the same name answers the first one's protocol metadata (so {@code @ArquillianResource URL} still works), and
 * the application is undeployed once, when the server stops. A test that needs a clean slate makes it from its own
 * data (unique names, its own organizations), not from a fresh application.
 */
public class SharedDeploymentContainer extends WLPManagedContainer {

    /** What was deployed, by archive name, with the metadata its deployment answered. */
    private final Map<String, Deployed> deployed = new LinkedHashMap<>();

    private record Deployed(Archive<?> archive, ProtocolMetaData metaData) {
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Deployed earlier = deployed.get(archive.getName());
        if (earlier != null) {
            return earlier.metaData();
        }
        ProtocolMetaData metaData = super.deploy(archive);
        deployed.put(archive.getName(), new Deployed(archive, metaData));
        return metaData;
    }

    /** Keeps the application deployed for the next test class: {@link #stop()} undeploys it. */
    @Override
    public void undeploy(Archive<?> archive) {
        // deployed once per run
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            for (Deployed each : deployed.values()) {
                super.undeploy(each.archive());
            }
        } catch (DeploymentException e) {
            throw new LifecycleException("could not undeploy the shared deployment", e);
        } finally {
            deployed.clear();
            super.stop();
        }
    }
}
