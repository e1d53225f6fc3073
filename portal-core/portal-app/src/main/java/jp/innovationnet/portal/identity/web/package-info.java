/** The browser's way in and out: {@code /login} (protected, so the OIDC client sends the browser to Keycloak) and {@code /logout}. */
package jp.innovationnet.portal.identity.web;
