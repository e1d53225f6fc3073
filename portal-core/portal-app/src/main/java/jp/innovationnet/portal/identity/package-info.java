/**
 * Identity: who is calling. Keycloak authenticates; Liberty's OIDC client (browser, SSO cookie) or MicroProfile
 * JWT (bearer token) turns that into a container principal; {@link jp.innovationnet.portal.identity.CurrentCaller}
 * turns the principal into a {@link jp.innovationnet.portal.identity.PortalCaller} (the plugin host makes the
 * plugin contract's {@code Caller} of it).
 */
package jp.innovationnet.portal.identity;
