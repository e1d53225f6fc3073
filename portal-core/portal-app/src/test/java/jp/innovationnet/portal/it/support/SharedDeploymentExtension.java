package jp.innovationnet.portal.it.support;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

import io.openliberty.arquillian.managed.WLPManagedContainer;

/** Puts {@link SharedDeploymentContainer} in the place of the managed Liberty container (one deployment a run). */
public class SharedDeploymentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, WLPManagedContainer.class, SharedDeploymentContainer.class);
    }
}
