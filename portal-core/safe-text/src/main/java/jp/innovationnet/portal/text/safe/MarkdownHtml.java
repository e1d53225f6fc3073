package jp.innovationnet.portal.text.safe;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The portal's one policy for text members write in Markdown (CommonMark): raw HTML in the Markdown is escaped by
 * the renderer, link targets other than http(s)/mailto are dropped, and the result passes the OWASP sanitiser, which
 * keeps formatting, blocks, lists, tables and links only (no scripts, styles, images or event handlers).
 * Thread-safe.
 */
public final class MarkdownHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /**
     * @param markdown text in Markdown; may be empty
     * @return HTML that is safe to show
     */
    public String toHtml(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
