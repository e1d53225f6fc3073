package jp.innovationnet.portal.interfaces.rest.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.Authenticated;
import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.PluginState;

/**
 * {@code GET /api/navigation}: the navigation entries of the active plugins that the caller may see, in order,
 * with both labels and the address to open. The web portal builds its menu from it, so a plugin's screens appear
 * and disappear with the plugin.
 */
@Path("navigation")
@RequestScoped
@Authenticated
public class NavigationResource {

    @Inject
    PluginHost host;

    @Inject
    CurrentCaller currentCaller;

    /** @return the entries */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> entries() {
        Caller caller = currentCaller.get();
        return host.plugins().stream()
                .filter(plugin -> plugin.state() == PluginState.ACTIVE)
                .flatMap(plugin -> plugin.navigation().stream()
                        .filter(entry -> entry.roles().isEmpty() || entry.roles().stream().anyMatch(caller::hasRole))
                        .map(entry -> Map.<String, Object>of("plugin", plugin.id(), "key", entry.key(),
                                "labelJa", entry.labelJa(), "labelEn", entry.labelEn(), "order", entry.order(),
                                "href", entry.path().startsWith("/") ? entry.path()
                                        : "/plugins/" + plugin.id() + "/assets/" + entry.path())))
                .sorted(Comparator.comparing((Map<String, Object> e) -> (Integer) e.get("order"))
                        .thenComparing(e -> (String) e.get("plugin")))
                .toList();
    }
}
