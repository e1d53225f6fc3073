package jp.innovationnet.portal.plugin.host;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Seam stub for merge: the lead's plugin host (embedded Felix) replaces this class. It runs no framework, so it
 * reports itself as not running and offers no routes.
 */
@ApplicationScoped
public class PluginHost {

    /** @return whether the OSGi framework is active */
    public boolean isRunning() {
        return false;
    }

    /** @return the routes of the active plugins */
    public List<PluginRouteInfo> routes() {
        return List.of();
    }
}
