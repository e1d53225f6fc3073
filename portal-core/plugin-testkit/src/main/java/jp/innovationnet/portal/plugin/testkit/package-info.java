/**
 * The plugin test kit: a plugin's rules tested in the plugin's own module, without a server. {@link
 * jp.innovationnet.portal.plugin.testkit.PluginHarness} starts the plugin on a {@link
 * jp.innovationnet.portal.plugin.testkit.TestPluginContext} over a {@link
 * jp.innovationnet.portal.plugin.testkit.PluginDatabase} (the plugin's migrations applied to H2 in PostgreSQL mode,
 * its entities mapped by the portal's own persistence unit) and sends its routes {@link
 * jp.innovationnet.portal.plugin.testkit.TestRequest}s as the portal would: access checked, JSON bodies read and
 * validated, one transaction per request, committed below 400; the core services record what the plugin did, and
 * what it did in a request that rolled back is dropped, as in the portal. The core's integration tests stay thin
 * contract tests.
 */
package jp.innovationnet.portal.plugin.testkit;
