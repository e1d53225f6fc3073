/**
 * The browser's way in: {@code /login} (protected, so the OIDC client sends the browser to Keycloak). The way out is
 * {@code POST /api/logout} with the CSRF token ({@code identity.rest.LogoutResource}).
 */
package jp.innovationnet.portal.identity.web;
