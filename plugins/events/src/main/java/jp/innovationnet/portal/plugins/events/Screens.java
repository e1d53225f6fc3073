package jp.innovationnet.portal.plugins.events;

import jp.innovationnet.portal.plugin.api.kit.Wording;

/**
 * The names of the plugin's screens in the portal's navigation and of its sections on an organization's profile and the
 * home page:
 * texts in {@code messages_ja.properties} and {@code messages_en.properties} beside it.
 */
enum Screens implements Wording {
    EVENTS,
    MY_EVENTS,
    ORGANISE,
    PROFILE_EVENTS,
    HOME_EVENTS
}
