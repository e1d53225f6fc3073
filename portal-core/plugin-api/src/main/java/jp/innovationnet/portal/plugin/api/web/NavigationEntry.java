package jp.innovationnet.portal.plugin.api.web;

import java.util.Objects;
import java.util.Set;

/**
 * An entry in the portal's navigation, labelled in both languages.
 *
 * @param key     unique within the plugin, e.g. {@code "notes"}
 * @param labelJa label in Japanese
 * @param labelEn label in English
 * @param path    the page it opens, relative to the plugin's assets ({@code index.html}) or an absolute portal path
 * @param roles   realm roles of which a user needs one to see it; empty for every logged-in user; {@link #ANYONE}
 *                (since contract 1.2) for visitors who have not logged in as well
 * @param order   position among entries; lower comes first
 */
public record NavigationEntry(String key, String labelJa, String labelEn, String path, Set<String> roles,
                              int order) {

    /**
     * The role that stands for everybody, visitors included (since contract 1.2): an entry or {@link PageSection} whose roles
     * contain it is shown to every visitor of the portal, logged in or not.
     */
    public static final String ANYONE = "anyone";

    public NavigationEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelJa, "labelJa");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(path, "path");
        roles = Set.copyOf(roles);
    }
}
