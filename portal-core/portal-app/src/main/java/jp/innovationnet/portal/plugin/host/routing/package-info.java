/** Matching request paths to the routes plugins register. */
package jp.innovationnet.portal.plugin.host.routing;
