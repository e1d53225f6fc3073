package jp.innovationnet.portal.plugins.events.registration;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSearchTest {

    private final Seats seats = new Seats(1, null);

    @Test
    void widthAndCaseDoNotMatter() {
        Registration tanaka = named("田中 ＴＡＲＯ");
        Registration kana = named("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(new NameSearch("taro")).accepts(tanaka);
        assertThat(new NameSearch(" 田中 ")).accepts(tanaka);
        assertThat(new NameSearch("ヤマダ")).accepts(kana).rejects(tanaka);
        assertThat(new NameSearch("Suzuki")).rejects(tanaka, kana);
    }

    private Registration named(String name) {
        return seats.admit(new Registrant(Optional.empty(), name, "x@example.jp", Locale.JAPANESE, Optional.empty()),
                Map.of(), false, Instant.EPOCH);
    }
}
