/**
 * REST routes of a plugin: registration ({@link jp.innovationnet.portal.plugin.api.http.Routes}), the request a
 * handler sees and the response it returns. The core owns HTTP: it matches routes, enforces their
 * {@link jp.innovationnet.portal.plugin.api.http.Access}, (de)serialises JSON with a mapper owned by the plugin
 * revision, runs each request in a transaction of the plugin's persistence unit and turns
 * {@link jp.innovationnet.portal.plugin.api.http.ProblemException} into {@code application/problem+json}.
 */
@Export
@Version("1.1.0")
package jp.innovationnet.portal.plugin.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
