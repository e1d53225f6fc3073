/**
 * A member organization's people as its administrators manage them in Keycloak:
 * {@link jp.innovationnet.portal.identity.people.OrganizationPeople}.
 */
package jp.innovationnet.portal.identity.people;
