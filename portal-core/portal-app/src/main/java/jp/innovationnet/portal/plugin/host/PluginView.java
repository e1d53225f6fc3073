package jp.innovationnet.portal.plugin.host;

import java.time.Instant;
import java.util.List;

import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;

/**
 * What the portal shows of an installed plugin.
 *
 * @param id         the plugin id
 * @param name       its name
 * @param version    the version serving (or that failed, when none serves)
 * @param state      its state
 * @param reason     why it failed, or why its last update failed while an older version keeps serving
 * @param since      when it entered this state
 * @param routes     its routes
 * @param navigation its navigation entries
 * @param sections   the sections it adds to the portal's pages
 */
public record PluginView(String id, String name, String version, PluginState state, String reason, Instant since,
                         List<PluginRouteInfo> routes, List<NavigationEntry> navigation, List<PageSection> sections) {
}
