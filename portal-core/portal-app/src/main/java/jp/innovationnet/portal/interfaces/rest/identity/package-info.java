/**
 * REST resources of identity and access across organizations: the Keycloak sync's state
 * ({@code /api/identity/sync}), member administrators' people ({@code /api/organizations/{id}/people}) and
 * identity provider requests.
 */
package jp.innovationnet.portal.interfaces.rest.identity;
