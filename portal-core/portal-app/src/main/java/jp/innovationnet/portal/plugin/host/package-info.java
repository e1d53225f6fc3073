/**
 * The plugin host: an embedded OSGi framework whose plugin bundles are installed, updated and removed at
 * runtime from the plugins directory (filled by the API or by hand), each started as a
 * {@link jp.innovationnet.portal.plugin.host.revision.PluginRevision}.
 */
package jp.innovationnet.portal.plugin.host;
