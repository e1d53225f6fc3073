/**
 * Federation: a member's own identity provider. Its administrator requests it
 * ({@link jp.innovationnet.portal.identity.federation.IdentityProviderRequest}), the secretariat decides
 * ({@link jp.innovationnet.portal.identity.federation.FederationRequests}), the sync configures Keycloak
 * ({@link jp.innovationnet.portal.identity.federation.IdentityProviderTask}).
 */
package jp.innovationnet.portal.identity.federation;
