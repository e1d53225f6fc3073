package jp.innovationnet.portal.plugins.inquiries.faq;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns an FAQ answer, written in Markdown (CommonMark), into HTML that is safe to show: raw HTML in the Markdown is
 * escaped by the renderer, and the result passes the OWASP sanitiser, which keeps formatting, blocks, lists, tables
 * and http(s)/mailto links only (no scripts, styles, images or event handlers). The same policy as the events
 * plugin's programmes. Thread-safe.
 */
public final class AnswerRenderer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /**
     * @param markdown an answer
     * @return sanitised HTML
     */
    public String toHtml(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
