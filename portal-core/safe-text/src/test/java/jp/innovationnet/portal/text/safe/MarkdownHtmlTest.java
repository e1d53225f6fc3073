package jp.innovationnet.portal.text.safe;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownHtmlTest {

    private final MarkdownHtml markdown = new MarkdownHtml();

    @Test
    void markdownBecomesHtml() {
        String html = markdown.toHtml("## 午後の部\n\n- **基調講演** [資料](https://example.jp/a.pdf)\n- 交流会");
        assertThat(html).contains("<h2>午後の部</h2>", "<strong>基調講演</strong>", "<li>交流会</li>")
                .contains("href=\"https://example.jp/a.pdf\"");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksDoNotSurvive() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(2))\n\n"
                + "<img src=x onerror=alert(3)>\n\n<a href=\"https://e.jp\" onclick=\"alert(4)\">y</a>");
        assertThat(html).doesNotContain("<script", "javascript:", "<img", "<a href=\"https://e.jp\"")
                .doesNotContainPattern("<[^>]*\\son\\w+=")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
