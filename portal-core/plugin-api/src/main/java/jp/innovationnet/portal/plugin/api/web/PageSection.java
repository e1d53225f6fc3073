package jp.innovationnet.portal.plugin.api.web;

import java.util.Objects;
import java.util.Set;

/**
 * A section a plugin adds to one of the portal's own pages, e.g. an organization's events on its profile page, or a
 * panel on a logged-in user's home page (since contract 1.4: the events meant for them, their open inquiries). The
 * section's content comes from an ES module in the plugin's web assets that exports
 * {@code render(section, portal, target)}: {@code section} is the element to fill (the portal has already put the
 * heading in it), {@code portal} is what plugin screens get (DOM builder, API client, caller, language, date
 * formatting) and {@code target} says what the page shows, e.g. {@code {organization: "tama"}}. A module that renders
 * nothing (leaves {@code section} without content) makes the portal drop the section.
 *
 * @param key     unique within the plugin, e.g. {@code "events"}
 * @param page    the page it goes on: {@link #ORGANIZATION_PROFILE} or {@link #HOME}
 * @param labelJa the section's heading in Japanese
 * @param labelEn the section's heading in English
 * @param module  the ES module, relative to the plugin's web assets, e.g. {@code profile-events.js}
 * @param roles   realm roles of which a user needs one to see it; empty for every logged-in user;
 *                {@link NavigationEntry#ANYONE} (since contract 1.2) for visitors who have not logged in as well
 * @param order   position among the page's plugin sections; lower comes first
 */
public record PageSection(String key, String page, String labelJa, String labelEn, String module, Set<String> roles,
                          int order) {

    /** The profile page of an organization ({@code /organizations/{id}}); the target is {@code {organization}}. */
    public static final String ORGANIZATION_PROFILE = "organization-profile";

    /**
     * A logged-in user's home page ({@code /}), since contract 1.4: the section is a panel of the dashboard beside
     * the core's (notifications, the secretariat's queues); the target is {@code {}}. A panel shows a few items for
     * the reader and links to the plugin's screen for the rest.
     */
    public static final String HOME = "home";

    public PageSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelJa, "labelJa");
        Objects.requireNonNull(labelEn, "labelEn");
        if (!ORGANIZATION_PROFILE.equals(page) && !HOME.equals(page)) {
            throw new IllegalArgumentException("unknown page: " + page);
        }
        if (module == null || module.startsWith("/") || module.contains("..") || !module.endsWith(".js")) {
            throw new IllegalArgumentException("module must be a .js file of the plugin's web assets: " + module);
        }
        roles = Set.copyOf(roles);
    }
}
