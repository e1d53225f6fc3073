package jp.innovationnet.portal.plugin.api.kit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoMarkupTest {

    @Test
    void tagsCommentsAndScriptAddressesAreMarkupAlsoInFullWidthLettersButComparisonsAreNot() {
        assertThat(NoMarkup.Check.hasMarkup("<script>alert(1)</script>")).isTrue();
        assertThat(NoMarkup.Check.hasMarkup("＜ｓｃｒｉｐｔ＞")).as("full width, folded by NFKC").isTrue();
        assertThat(NoMarkup.Check.hasMarkup("<!-- x -->")).isTrue();
        assertThat(NoMarkup.Check.hasMarkup("see JavaScript : void")).isTrue();
        assertThat(NoMarkup.Check.hasMarkup("歩留まり < 90% のとき、x <= 3")).isFalse();
        assertThat(new NoMarkup.Check().isValid(null, null)).isTrue();
    }
}
