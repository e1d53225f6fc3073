package jp.innovationnet.portal.plugin.testkit;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.KitWording;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.Wording;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KitChecksTest {

    @Test
    void cataloguesWithBothLanguagesPass() {
        assertThatCode(() -> KitChecks.assertLabelled(Region.class)).doesNotThrowAnyException();
        assertThatCode(() -> KitChecks.assertWorded(KitWording.class)).doesNotThrowAnyException();
    }

    @Test
    void everyMissingTextIsNamed() {
        assertThatThrownBy(() -> KitChecks.assertLabelled(Unlabelled.class)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unlabelled.first (ja)").hasMessageContaining("Unlabelled.second (en)");
        assertThatThrownBy(() -> KitChecks.assertWorded(Unworded.class)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Unworded.ONLY (ja)");
    }

    private enum Unlabelled implements Coded {
        FIRST, SECOND
    }

    private enum Unworded implements Wording {
        ONLY
    }
}
