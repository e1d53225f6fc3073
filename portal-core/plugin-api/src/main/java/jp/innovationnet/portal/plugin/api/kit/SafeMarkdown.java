package jp.innovationnet.portal.plugin.api.kit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The portal's one policy for text members write in Markdown (CommonMark): raw HTML in it is escaped, and the HTML
 * passes the OWASP sanitiser, which keeps formatting, blocks, lists, tables and http(s)/mailto links only (no
 * scripts, styles, images or event handlers). Owned by the core; thread-safe.
 */
@ProviderType
public interface SafeMarkdown {

    /**
     * @param markdown text in Markdown; may be empty
     * @return HTML that is safe to show
     */
    String toHtml(String markdown);
}
