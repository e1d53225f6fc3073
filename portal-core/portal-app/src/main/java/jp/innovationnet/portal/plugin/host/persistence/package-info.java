/**
 * Persistence for plugins: each plugin's schema migrations (with a history of their own) and one EclipseLink
 * persistence unit per plugin revision, built from the bundle's class loader and closed with the revision.
 */
package jp.innovationnet.portal.plugin.host.persistence;
