/** The membership registry: organizations, their profiles and their lifecycle from application to withdrawal. */
package jp.innovationnet.portal.membership.organization;
