/**
 * Persistence for plugins: each plugin's schema migrations (with a history of their own); the EclipseLink
 * persistence unit of a revision is {@link jp.innovationnet.portal.plugin.runtime.PluginPersistenceUnit}.
 */
package jp.innovationnet.portal.plugin.host.persistence;
