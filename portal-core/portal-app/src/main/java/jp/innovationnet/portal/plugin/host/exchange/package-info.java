/**
 * The one owner of a request to a plugin's route ({@link jp.innovationnet.portal.plugin.host.exchange.PluginExchange}):
 * finds the plugin's active revision, matches the route, checks its access, hands the handler a request that reads
 * and validates its body, runs it in a transaction of the plugin's persistence unit and turns the outcome (or what
 * went wrong) into a {@link jp.innovationnet.portal.plugin.host.exchange.PluginAnswer}. The REST layer only maps HTTP
 * onto it.
 */
package jp.innovationnet.portal.plugin.host.exchange;
