/** The embedded Apache Felix framework and what the core shares with plugin bundles through it. */
package jp.innovationnet.portal.plugin.host.osgi;
