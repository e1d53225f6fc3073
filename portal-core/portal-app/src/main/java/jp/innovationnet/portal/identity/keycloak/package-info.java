/**
 * Keycloak's Admin REST API as the portal uses it: {@link jp.innovationnet.portal.identity.keycloak.KeycloakRealm}
 * (organizations, members, realm roles, invitations, identity providers) over
 * {@link jp.innovationnet.portal.identity.keycloak.KeycloakAdmin} (HTTP, the service account's token).
 */
package jp.innovationnet.portal.identity.keycloak;
