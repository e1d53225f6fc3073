package jp.innovationnet.portal.plugins.inquiries;

import java.util.Locale;
import java.util.Set;

import jp.innovationnet.portal.plugin.api.kit.Wording;
import jp.innovationnet.portal.plugin.api.web.NavigationEntry;

/**
 * The desk's screens in the portal's navigation: the constant names the entry ({@code DESK_CASE → desk-case}) and
 * its label, in this package's {@code messages_ja.properties} and {@code messages_en.properties}.
 */
enum Screen implements Wording {
    ASK, MINE, TRACK, DESK, DESK_CASE, DESK_RULES, DESK_REPLIES, STATISTICS, FAQ_EDITOR;

    /**
     * @param module the screen's script
     * @param roles  who sees it
     * @param order  its place in the navigation
     * @return its navigation entry
     */
    NavigationEntry entry(String module, Set<String> roles, int order) {
        return new NavigationEntry(name().toLowerCase(Locale.ROOT).replace('_', '-'), in(Locale.JAPANESE),
                in(Locale.ENGLISH), module, roles, order);
    }
}
