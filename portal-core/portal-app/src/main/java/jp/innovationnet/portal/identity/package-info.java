/**
 * Identity: who is calling. Keycloak authenticates; Liberty's OIDC client (browser, SSO cookie) or MicroProfile
 * JWT (bearer token) turns that into a container principal; {@link jp.innovationnet.portal.identity.CurrentCaller}
 * turns the principal into the plugin contract's {@link jp.innovationnet.portal.plugin.api.http.Caller}.
 */
package jp.innovationnet.portal.identity;
