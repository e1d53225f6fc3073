/** Events of the core that plugins react to, such as a member organization admitted or withdrawn. */
@Export
@Version("1.0.0")
package jp.innovationnet.portal.plugin.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
