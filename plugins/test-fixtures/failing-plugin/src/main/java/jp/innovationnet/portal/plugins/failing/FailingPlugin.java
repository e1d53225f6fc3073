package jp.innovationnet.portal.plugins.failing;

import org.osgi.service.component.annotations.Component;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.PortalPlugin;

/** A plugin whose start always fails, so tests can watch the host report it and keep serving the others. */
@Component(service = PortalPlugin.class)
public class FailingPlugin implements PortalPlugin {

    @Override
    public void start(PluginContext context) {
        throw new IllegalStateException("the failing fixture refuses to start");
    }
}
