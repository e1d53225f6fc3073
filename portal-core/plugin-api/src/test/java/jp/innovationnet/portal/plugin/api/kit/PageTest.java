package jp.innovationnet.portal.plugin.api.kit;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void aPageKeepsWhereItStartsAndMapsItsItems() {
        Page<Integer> page = Page.of(List.of(1, 2), new PageRequest(10, 2), 12);
        Page<String> views = page.map(i -> "#" + i);
        assertThat(views).isEqualTo(new Page<>(List.of("#1", "#2"), 10, 2, 12));
    }

    @Test
    void aRequestOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new PageRequest(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
