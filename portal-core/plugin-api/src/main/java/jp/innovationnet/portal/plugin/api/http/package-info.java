/**
 * REST routes of a plugin: registration ({@link jp.innovationnet.portal.plugin.api.http.Routes}), the request a
 * handler sees and the response it returns. The core owns HTTP: it matches routes, enforces their
 * {@link jp.innovationnet.portal.plugin.api.http.Access}, (de)serialises JSON with a mapper owned by the plugin
 * revision, runs each request in a transaction of the plugin's persistence unit and turns
 * {@link jp.innovationnet.portal.plugin.api.http.ProblemException} into {@code application/problem+json}. Request
 * bodies are limited in size (since contract 1.3: 16 MiB unless the portal is configured otherwise); the core
 * answers a longer one with 413 before any route sees it.
 */
@Export
@Version("1.1.0")
package jp.innovationnet.portal.plugin.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
