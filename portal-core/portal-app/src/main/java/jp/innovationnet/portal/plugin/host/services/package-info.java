/**
 * The core services as plugins see them, adapted from the core's own: writes made during a plugin call wait for
 * the plugin's transaction to commit, and are attributed to the caller and the plugin.
 */
package jp.innovationnet.portal.plugin.host.services;
