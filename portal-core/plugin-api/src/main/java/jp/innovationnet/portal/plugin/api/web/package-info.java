/**
 * What a plugin adds to the web portal: navigation entries, sections on the portal's own pages (since contract 1.1),
 * entries and sections for visitors (since contract 1.2), and static assets served from the bundle's {@value jp.innovationnet.portal.plugin.api.PortalPlugin#WEB_ASSETS_PATH} folder.
 */
@Export
@Version("1.3.0")
package jp.innovationnet.portal.plugin.api.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
