/**
 * What the portal's plugin host and the plugin test kit share to run a plugin the same way: the EclipseLink
 * persistence unit of a revision, built from the plugin's entity classes and class loader without a
 * {@code persistence.xml} ({@link jp.innovationnet.portal.plugin.runtime.PluginPersistenceUnit}), and the Bean
 * Validation of its route bodies in the caller's language ({@link
 * jp.innovationnet.portal.plugin.runtime.BodyValidation}).
 */
package jp.innovationnet.portal.plugin.runtime;
