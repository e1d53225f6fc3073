package jp.innovationnet.portal.plugins.inquiries;

import java.util.Locale;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.kit.Wording;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;
import jp.innovationnet.portal.plugin.api.web.PageSection;

/**
 * The desk's screens in the portal's navigation and its panels on the home page: the constant names the entry or
 * section ({@code DESK_CASE → desk-case}) and its label, in this package's {@code messages_ja.properties} and
 * {@code messages_en.properties}.
 */
enum Screen implements Wording {
    ASK, MINE, TRACK, DESK, DESK_CASE, DESK_RULES, DESK_REPLIES, STATISTICS, FAQ_EDITOR, HOME_MINE, HOME_DESK;

    /**
     * @param module the screen's script
     * @param roles  who sees it
     * @param order  its place in the navigation
     * @return its navigation entry
     */
    NavigationEntry entry(String module, Set<String> roles, int order) {
        return new NavigationEntry(key(), in(Locale.JAPANESE), in(Locale.ENGLISH), module, roles, order);
    }

    /**
     * @param module the panel's script
     * @param roles  who sees it
     * @param order  its place among the home page's plugin panels
     * @return its panel on the home page
     */
    PageSection panel(String module, Set<String> roles, int order) {
        return new PageSection(key(), PageSection.HOME, in(Locale.JAPANESE), in(Locale.ENGLISH), module, roles, order);
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
