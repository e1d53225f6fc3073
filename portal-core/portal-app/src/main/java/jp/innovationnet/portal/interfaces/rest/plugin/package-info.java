/**
 * REST: administering plugins (list, install, update, remove: {@link
 * jp.innovationnet.portal.interfaces.rest.plugin.PluginAdministrationResource}), their routes mapped onto the host's
 * exchange ({@link jp.innovationnet.portal.interfaces.rest.plugin.PluginRoutesResource}) and the navigation they add.
 */
package jp.innovationnet.portal.interfaces.rest.plugin;
