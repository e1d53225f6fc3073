/**
 * Support for integration tests: the tests' Keycloak ({@link jp.innovationnet.portal.it.support.KeycloakSession}),
 * the demo users and their tokens ({@link jp.innovationnet.portal.it.support.Tokens}), and a scripted browser.
 */
package jp.innovationnet.portal.it.support;
