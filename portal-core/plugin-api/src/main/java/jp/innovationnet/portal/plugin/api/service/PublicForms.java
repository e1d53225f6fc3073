package jp.innovationnet.portal.plugin.api.service;

import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The portal's protection of forms anyone may send without an account (since contract 1.2), the same the membership
 * application form has: a signed form token that must be old enough (a person takes a few seconds to fill a form)
 * and not too old, a honeypot field people leave empty, and a limit of submissions per client address and in all
 * per hour. Limits are configured in the core and counted per plugin and form.
 */
@ProviderType
public interface PublicForms {

    /**
     * @param form which form, unique within the plugin, e.g. {@code "registration"}
     * @return a token to hand out with the empty form and to send back with it
     */
    String issue(String form);

    /**
     * Checks a submission before the plugin saves anything.
     *
     * @param form     the form the token was issued for
     * @param token    the token sent back
     * @param honeypot the value of the honeypot field (people leave it empty)
     * @param request  the request, whose client address is counted
     * @throws ProblemException 400 naming {@code formToken} when the token is missing, forged, too fresh or expired
     *                          or the honeypot is filled; 429 when the client or everybody sent too many
     */
    void check(String form, String token, String honeypot, RouteRequest request);
}
