/**
 * Core services a plugin may use, offered through its {@link jp.innovationnet.portal.plugin.api.PluginContext}:
 * the member directory (with the people of organizations: contract 1.3), notifications, the audit trail, e-mail and
 * public-form protection (contract 1.2). Calls made while handling a request take effect when the request's transaction
 * commits and are dropped when it rolls back.
 */
@Export
@Version("1.2.0")
package jp.innovationnet.portal.plugin.api.service;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
