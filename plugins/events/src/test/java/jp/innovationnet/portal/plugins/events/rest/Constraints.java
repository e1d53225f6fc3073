package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.runtime.BodyValidation;

/** Checks a route body's constraints as the portal does before the plugin reads it, with the portal's messages. */
final class Constraints {

    private static final BodyValidation VALIDATION = new BodyValidation(Constraints.class.getClassLoader());

    private Constraints() {
    }

    /**
     * @param body a route body as read
     * @return each property path at fault with its message in English
     */
    static Map<String, String> violated(Object body) {
        return violated(body, Locale.ENGLISH);
    }

    /**
     * @param body   a route body as read
     * @param locale the caller's language
     * @return each property path at fault with its message
     */
    static Map<String, String> violated(Object body, Locale locale) {
        return VALIDATION.violations(body, locale);
    }
}
