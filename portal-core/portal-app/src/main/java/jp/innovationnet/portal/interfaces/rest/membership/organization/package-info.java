/**
 * REST: {@code /api/organizations}, the registry of organizations, with views by role and optimistic versions.
 */
package jp.innovationnet.portal.interfaces.rest.membership.organization;
