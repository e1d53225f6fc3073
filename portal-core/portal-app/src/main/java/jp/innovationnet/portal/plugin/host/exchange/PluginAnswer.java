package jp.innovationnet.portal.plugin.host.exchange;

import java.util.Map;

/** What a request to a plugin's route gets: the plugin's response, or a problem (RFC 9457) in the core's words. */
public sealed interface PluginAnswer {

    /**
     * The plugin's response, its body already written as bytes by the revision's own JSON mapper, so that no plugin
     * class ever reaches the container.
     *
     * @param status    the status
     * @param headers   headers the plugin set
     * @param mediaType the body's media type; null when there is no body
     * @param body      the body; null when there is none
     */
    record Served(int status, Map<String, String> headers, String mediaType, byte[] body) implements PluginAnswer {
    }

    /**
     * A problem: the route is unknown or refused, the input is invalid, the plugin failed.
     *
     * @param status      the status
     * @param title       the problem's title
     * @param detail      what went wrong in this occurrence
     * @param fieldErrors input field to message; may be empty
     */
    record Refused(int status, String title, String detail, Map<String, String> fieldErrors) implements PluginAnswer {

        static Refused of(int status, String title, String detail) {
            return new Refused(status, title, detail, Map.of());
        }
    }
}
