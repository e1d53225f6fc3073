/**
 * The portal plugin contract: what a plugin bundle implements ({@link jp.innovationnet.portal.plugin.api.PortalPlugin})
 * and what the core offers it ({@link jp.innovationnet.portal.plugin.api.PluginContext}).
 *
 * <h2>Compatibility</h2>
 * Every package of the contract is versioned on its own and baselined by the build. New methods arrive only as
 * {@code default} methods (a minor version); anything else is a major version, which plugins built against the
 * previous major version do not resolve against.
 */
@Export
@Version("1.4.0")
package jp.innovationnet.portal.plugin.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
