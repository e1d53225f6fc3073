package jp.innovationnet.portal.interfaces.rest.plugin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.innovationnet.portal.identity.CurrentCaller;
import jp.innovationnet.portal.identity.PortalCaller;
import jp.innovationnet.portal.interfaces.rest.problem.Problem;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;
import jp.innovationnet.portal.plugin.host.PluginHost;
import jp.innovationnet.portal.plugin.host.PluginState;
import jp.innovationnet.portal.plugin.host.PluginView;

/**
 * What the active plugins add to the web portal, as far as the caller may see it: {@code GET /api/navigation} (menu
 * entries) and {@code GET /api/navigation/sections?page=} (sections on the portal's own pages), in order, with both
 * labels and the address of what to open or load. The web portal builds its menu and pages from them, so a plugin's
 * screens appear and disappear with the plugin. Visitors who have not logged in get what is marked
 * {@link NavigationEntry#ANYONE} only.
 */
@Path("navigation")
@RequestScoped
public class NavigationResource {

    private static final Comparator<Map<String, Object>> IN_ORDER =
            Comparator.comparing((Map<String, Object> e) -> (Integer) e.get("order"))
                    .thenComparing(e -> (String) e.get("plugin"));

    @Inject
    PluginHost host;

    @Inject
    CurrentCaller currentCaller;

    /** @return the menu entries: {@code plugin, key, labelJa, labelEn, order, href} */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> entries() {
        PortalCaller caller = currentCaller.get();
        return activePlugins()
                .flatMap(plugin -> plugin.navigation().stream()
                        .filter(entry -> maySee(caller, entry.roles()))
                        .map(entry -> Map.<String, Object>of("plugin", plugin.id(), "key", entry.key(),
                                "labelJa", entry.labelJa(), "labelEn", entry.labelEn(), "order", entry.order(),
                                "href", entry.path().startsWith("/") ? entry.path() : assets(plugin, entry.path()))))
                .sorted(IN_ORDER)
                .toList();
    }

    /**
     * @param page a page of the portal, e.g. {@value PageSection#ORGANIZATION_PROFILE}
     * @return its plugin sections: {@code plugin, key, labelJa, labelEn, order, module}; 400 naming {@code page}
     *     when it is missing
     */
    @GET
    @Path("sections")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> sections(@QueryParam("page") String page) {
        if (page == null || page.isBlank()) {
            throw Problem.invalidField("page", "the page, e.g. " + PageSection.ORGANIZATION_PROFILE).asException();
        }
        PortalCaller caller = currentCaller.get();
        return activePlugins()
                .flatMap(plugin -> plugin.sections().stream()
                        .filter(section -> section.page().equals(page) && maySee(caller, section.roles()))
                        .map(section -> Map.<String, Object>of("plugin", plugin.id(), "key", section.key(),
                                "labelJa", section.labelJa(), "labelEn", section.labelEn(),
                                "order", section.order(), "module", assets(plugin, section.module()))))
                .sorted(IN_ORDER)
                .toList();
    }

    private Stream<PluginView> activePlugins() {
        return host.plugins().stream().filter(plugin -> plugin.state() == PluginState.ACTIVE);
    }

    private static boolean maySee(PortalCaller caller, Set<String> roles) {
        if (roles.contains(NavigationEntry.ANYONE)) {
            return true;
        }
        return caller.authenticated() && (roles.isEmpty() || roles.stream().anyMatch(caller::hasRole));
    }

    private static String assets(PluginView plugin, String path) {
        return "/plugins/" + plugin.id() + "/assets/" + path;
    }
}
